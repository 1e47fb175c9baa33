package dev.agentcore.controlplane.simulator;

import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the simulated IAM and STS as the Query protocol sends them: an XML ErrorResponse with the code. */
@RestControllerAdvice(assignableTypes = { IamWireController.class, StsWireController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
@Profile({ "local", "simulator" })
class IamErrorAdvice {

	private final SimulatedAgentCore account;

	IamErrorAdvice(SimulatedAgentCore account) {
		this.account = account;
	}

	@ExceptionHandler
	ResponseEntity<String> iamError(IamError error) {
		account.stats().error(error.code());
		String requestId = UUID.randomUUID().toString();
		return ResponseEntity.status(error.status())
			.contentType(MediaType.TEXT_XML)
			.header("x-amzn-RequestId", requestId)
			.body(QueryXml.error(QueryXml.IAM_NAMESPACE, error, requestId));
	}

	@ExceptionHandler
	ResponseEntity<String> missingAction(MissingServletRequestParameterException ex) {
		return iamError(IamError.invalidAction("(none)"));
	}

}
