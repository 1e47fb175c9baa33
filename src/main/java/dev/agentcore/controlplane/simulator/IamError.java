package dev.agentcore.controlplane.simulator;

/**
 * An error as IAM and STS send it (the Query protocol): an error code the SDK maps to its
 * exception class, the HTTP status, whether the sender or the service is at fault, and a message.
 */
class IamError extends RuntimeException {

	private final String code;

	private final int status;

	private IamError(String code, int status, String message) {
		super(message, null, false, false);
		this.code = code;
		this.status = status;
	}

	static IamError noSuchEntity(String message) {
		return new IamError("NoSuchEntity", 404, message);
	}

	static IamError alreadyExists(String message) {
		return new IamError("EntityAlreadyExists", 409, message);
	}

	static IamError deleteConflict(String message) {
		return new IamError("DeleteConflict", 409, message);
	}

	static IamError malformedPolicy(String message) {
		return new IamError("MalformedPolicyDocument", 400, message);
	}

	static IamError invalidInput(String message) {
		return new IamError("InvalidInput", 400, message);
	}

	static IamError validation(String message) {
		return new IamError("ValidationError", 400, message);
	}

	static IamError limitExceeded(String message) {
		return new IamError("LimitExceeded", 409, message);
	}

	static IamError accessDenied(String message) {
		return new IamError("AccessDenied", 403, message);
	}

	static IamError invalidAction(String action) {
		return new IamError("InvalidAction", 400, "Could not find operation " + action + " for version 2010-05-08");
	}

	String code() {
		return code;
	}

	int status() {
		return status;
	}

}
