package dev.agentcore.controlplane.provisioning.aws;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AccessDeniedException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.BedrockAgentCoreControlException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ConflictException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.InternalServerException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ResourceLimitExceededException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ResourceNotFoundException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ThrottlingException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.UnauthorizedException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ValidationException;
import tools.jackson.databind.JsonNode;

/**
 * An AgentCore error answer as the SDK's own exception: the error code from {@code x-amzn-ErrorType}
 * (or the body's {@code __type} / {@code code}, as REST-JSON allows), the modelled exception class for
 * it, the HTTP status and request id; {@code AwsServiceException.isThrottlingException()} and the retry
 * strategies read them as they read the SDK's.
 */
final class AgentCoreErrors {

	private AgentCoreErrors() {
	}

	static BedrockAgentCoreControlException from(SdkHttpResponse response, byte[] body, String requestId) {
		JsonNode json = parse(body);
		String code = code(response, json);
		String message = json.path("message").asString(json.path("Message").asString("AgentCore answered HTTP "
				+ response.statusCode()));
		BedrockAgentCoreControlException.Builder builder = switch (code) {
			case "ValidationException" -> ValidationException.builder();
			case "ConflictException" -> ConflictException.builder();
			case "ResourceNotFoundException" -> ResourceNotFoundException.builder();
			case "ThrottlingException" -> ThrottlingException.builder();
			case "AccessDeniedException" -> AccessDeniedException.builder();
			case "ServiceQuotaExceededException" -> ServiceQuotaExceededException.builder();
			case "ResourceLimitExceededException" -> ResourceLimitExceededException.builder();
			case "UnauthorizedException" -> UnauthorizedException.builder();
			case "InternalServerException" -> InternalServerException.builder();
			default -> BedrockAgentCoreControlException.builder();
		};
		return (BedrockAgentCoreControlException) builder.message(message)
			.statusCode(response.statusCode())
			.requestId(requestId)
			.awsErrorDetails(AwsErrorDetails.builder()
				.errorCode(code)
				.errorMessage(message)
				.serviceName("BedrockAgentCoreControl")
				.sdkHttpResponse(response)
				.build())
			.build();
	}

	/** {@code x-amzn-ErrorType} may carry {@code :<url>} after the code, {@code __type} a namespace before {@code #}. */
	private static String code(SdkHttpResponse response, JsonNode json) {
		String code = response.firstMatchingHeader("x-amzn-ErrorType")
			.orElseGet(() -> json.path("__type").asString(json.path("code").asString("")));
		int colon = code.indexOf(':');
		code = colon >= 0 ? code.substring(0, colon) : code;
		int hash = code.lastIndexOf('#');
		code = hash >= 0 ? code.substring(hash + 1) : code;
		return code.isBlank() ? (response.statusCode() >= 500 ? "InternalServerException" : "ServiceError") : code.trim();
	}

	private static JsonNode parse(byte[] body) {
		if (body == null || body.length == 0) {
			return MemberShim.JSON.createObjectNode();
		}
		try {
			return MemberShim.JSON.readTree(body);
		}
		catch (RuntimeException notJson) {
			return MemberShim.JSON.createObjectNode();
		}
	}

}
