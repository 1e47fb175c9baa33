package dev.agentcore.controlplane.policy;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dev.agentcore.controlplane.cedar.CedarBusy;
import dev.agentcore.controlplane.web.Problems;

/**
 * 503 CEDAR_BUSY with {@code Retry-After} when Cedar's threads and queue are full or a check timed out,
 * wherever Cedar was called from (policies, what-if checks, a gateway's policy engine, plans).
 */
@RestControllerAdvice
class CedarBusyAdvice {

	@ExceptionHandler
	ErrorResponse busy(CedarBusy busy) {
		ErrorResponseException problem = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE,
				Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "CEDAR_BUSY", busy.getMessage()), null);
		problem.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(busy.retryAfter().toSeconds()));
		return problem;
	}

}
