package dev.agentcore.controlplane.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.simulator.FaultInjector.CallKind;

/**
 * The AWS JSON 1.1 protocol of the simulated Cognito and Secrets Manager: {@code POST /} with the
 * operation in {@code X-Amz-Target}, a JSON body, and errors as {@code __type} and {@code message}.
 * Bodies are read and written here, past Spring's message converters, because they carry client
 * secrets, which the converters' debug logging would print.
 */
@Component
@Profile({ "local", "simulator" })
class AwsJsonWire {

	static final String CONTENT_TYPE = "application/x-amz-json-1.1";

	private final JsonMapper json;

	private final FaultInjector faults;

	AwsJsonWire(JsonMapper json, FaultInjector faults) {
		this.json = json;
		this.faults = faults;
	}

	/**
	 * Serves one call: {@code service} is the target prefix (e.g. AWSCognitoIdentityProviderService),
	 * {@code operations} maps operation names to handlers, and {@code mutating} says which change state.
	 */
	void serve(HttpServletRequest request, HttpServletResponse response, String service,
			Map<String, Function<JsonNode, JsonNode>> operations, java.util.Set<String> reads, SimulatorStats stats) {
		String target = request.getHeader("X-Amz-Target");
		try {
			if (target == null || !target.startsWith(service + ".")) {
				throw new AwsJsonError("UnknownOperationException", 400, "Unknown operation " + target);
			}
			String operation = target.substring(service.length() + 1);
			Function<JsonNode, JsonNode> handler = operations.get(operation);
			if (handler == null) {
				throw new AwsJsonError("UnknownOperationException", 400, "The simulator does not implement " + operation);
			}
			stats.call(operation);
			JsonNode body = body(request);
			try {
				faults.beforeCall(iamPrefix(service), operation, reads.contains(operation) ? CallKind.READ : CallKind.MUTATING);
			}
			catch (AwsError fault) {
				if (fault.status() == 403) {
					throw new AwsJsonError("AccessDeniedException", 400, fault.getMessage());
				}
				throw new AwsJsonError(fault.status() == 429 ? "TooManyRequestsException" : "InternalErrorException",
						fault.status() == 429 ? 400 : 500, fault.getMessage());
			}
			write(response, 200, handler.apply(body));
		}
		catch (AwsJsonError error) {
			stats.error(error.type());
			ObjectNode body = JsonNodeFactory.instance.objectNode();
			body.put("__type", error.type());
			body.put("message", error.getMessage());
			write(response, error.status(), body);
		}
	}

	private JsonNode body(HttpServletRequest request) {
		try {
			byte[] bytes = request.getInputStream().readAllBytes();
			JsonNode body = bytes.length == 0 ? JsonNodeFactory.instance.objectNode() : json.readTree(bytes);
			if (!body.isObject()) {
				throw new AwsJsonError("SerializationException", 400, "The request body must be a JSON object");
			}
			return body;
		}
		catch (JacksonException ex) {
			throw new AwsJsonError("SerializationException", 400, "The request body is not valid JSON");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void write(HttpServletResponse response, int status, JsonNode body) {
		response.setStatus(status);
		response.setContentType(CONTENT_TYPE);
		response.setHeader("x-amzn-RequestId", UUID.randomUUID().toString());
		try {
			response.getOutputStream().write(json.writeValueAsBytes(body));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String iamPrefix(String service) {
		return service.equals("AWSCognitoIdentityProviderService") ? "cognito-idp" : service;
	}

}
