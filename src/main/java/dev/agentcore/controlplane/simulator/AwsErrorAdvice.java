package dev.agentcore.controlplane.simulator;

import java.util.UUID;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the simulated AgentCore as AWS sends them: the exception type in
 * {@code x-amzn-ErrorType}, a request id, and a JSON body with {@code message}.
 */
@RestControllerAdvice(annotations = AgentCoreWire.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@Profile({ "local", "simulator" })
class AwsErrorAdvice {

	private final SimulatedRegions regions;

	AwsErrorAdvice(SimulatedRegions regions) {
		this.regions = regions;
	}

	@ExceptionHandler
	ResponseEntity<ObjectNode> awsError(AwsError error) {
		regions.current().agentCore().stats().error(error.type());
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.put("message", error.getMessage());
		if (error.type().equals("ValidationException")) {
			body.put("reason", error.reason());
			ArrayNode fields = body.putArray("fieldList");
			error.fields().forEach(field -> fields.addObject().put("name", field.name()).put("message", field.message()));
		}
		return ResponseEntity.status(error.status())
			.header("x-amzn-ErrorType", error.type())
			.header(AgentCoreWireController.REQUEST_ID, UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body);
	}

	@ExceptionHandler
	ResponseEntity<ObjectNode> unreadable(HttpMessageNotReadableException ex) {
		regions.current().agentCore().stats().error("SerializationException");
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.put("message", "The request body is not valid JSON");
		return ResponseEntity.status(400)
			.header("x-amzn-ErrorType", "SerializationException")
			.header(AgentCoreWireController.REQUEST_ID, UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body);
	}

}
