package dev.agentcore.controlplane.outbound;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import dev.agentcore.controlplane.web.Problems;

/**
 * All outbound fetch slots are taken: answered 503 with {@code Retry-After}, so that a slow or
 * hostile server cannot pile request threads up behind it.
 */
public final class OutboundBusy extends ErrorResponseException {

	OutboundBusy(Duration retryAfter) {
		super(HttpStatus.SERVICE_UNAVAILABLE, Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "OUTBOUND_BUSY",
				"Too many calls to identity providers and other outside servers are in progress. Retry in "
						+ retryAfter.toSeconds() + " seconds."),
				null);
		getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.toSeconds()));
	}

}
