package dev.agentcore.controlplane.simulator;

/**
 * An error of a JSON 1.1 service (Cognito user pools, Secrets Manager) as AWS sends it: HTTP 400
 * (or 500), {@code __type} naming the exception and a {@code message}.
 */
class AwsJsonError extends RuntimeException {

	private final String type;

	private final int status;

	AwsJsonError(String type, int status, String message) {
		super(message, null, false, false);
		this.type = type;
		this.status = status;
	}

	static AwsJsonError notFound(String message) {
		return new AwsJsonError("ResourceNotFoundException", 400, message);
	}

	static AwsJsonError invalidParameter(String message) {
		return new AwsJsonError("InvalidParameterException", 400, message);
	}

	static AwsJsonError of(String type, String message) {
		return new AwsJsonError(type, 400, message);
	}

	String type() {
		return type;
	}

	int status() {
		return status;
	}

}
