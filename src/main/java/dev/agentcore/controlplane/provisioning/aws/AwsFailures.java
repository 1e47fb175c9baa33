package dev.agentcore.controlplane.provisioning.aws;

import java.util.Locale;
import java.util.function.Supplier;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

import dev.agentcore.controlplane.provisioning.AgentCoreFailure;

/**
 * Turns SDK exceptions into {@link AgentCoreFailure}s and classifies them (DESIGN, provisioner
 * errors): throttling, 5xx, timeouts, conflicts and the IAM-propagation validation error are
 * retryable; other validation, access and quota (402) errors wait for a change. An access error
 * names the permission that is missing: the action is the operation's name.
 */
final class AwsFailures {

	private AwsFailures() {
	}

	static <T> T translate(String operation, Supplier<T> call) {
		try {
			return call.get();
		}
		catch (AwsServiceException ex) {
			String type = ex.awsErrorDetails() == null || ex.awsErrorDetails().errorCode() == null ? "ServiceError"
					: ex.awsErrorDetails().errorCode();
			String message = ex.awsErrorDetails() == null || ex.awsErrorDetails().errorMessage() == null ? ex.getMessage()
					: ex.awsErrorDetails().errorMessage();
			if ("AccessDeniedException".equals(type) || ex.statusCode() == 403) {
				message = "The control plane's AWS identity lacks the permission "
						+ permission(ex.awsErrorDetails() == null ? null : ex.awsErrorDetails().serviceName(), operation)
						+ "; add it (GET .../permissions shows the caller policy). AWS said: " + message;
			}
			throw new AgentCoreFailure(type, ex.statusCode(), message, retryable(type, ex.statusCode(), message),
					ex.requestId(), ex);
		}
		catch (SdkClientException ex) {
			throw new AgentCoreFailure("ClientError", 0, "No answer from AWS: " + ex.getMessage(), true, null, ex);
		}
		catch (SdkException ex) {
			throw new AgentCoreFailure("SdkError", 0, ex.getMessage(), true, null, ex);
		}
	}

	/** The IAM action of an operation: the service's prefix (from the SDK's service name) and the operation. */
	static String permission(String serviceName, String operation) {
		String service = serviceName == null ? "" : serviceName.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
		String prefix = switch (service) {
			case "bedrockagentcorecontrol", "bedrockagentcore" -> "bedrock-agentcore:";
			case "cognitoidentityprovider" -> "cognito-idp:";
			case "secretsmanager" -> "secretsmanager:";
			default -> "for ";
		};
		return prefix + operation;
	}

	static boolean retryable(String type, int status, String message) {
		if (status == 429 || status >= 500 || "ThrottlingException".equals(type) || "ConflictException".equals(type)
				|| "InternalServerException".equals(type) || "TooManyRequestsException".equals(type)
				|| "InternalErrorException".equals(type) || "InternalServiceError".equals(type)) {
			return true;
		}
		if ("ValidationException".equals(type) && message != null) {
			String text = message.toLowerCase(Locale.ROOT);
			return text.contains("role") && (text.contains("permission") || text.contains("assume"));
		}
		return false;
	}

}
