package dev.agentcore.controlplane.provisioning;

/**
 * An AgentCore call that failed.
 *
 * @see #retryable() throttling, server errors, timeouts, conflicts and IAM propagation delays
 * can pass; validation, access and quota errors need a change first
 */
public class AgentCoreFailure extends RuntimeException {

	private final String errorType;

	private final int httpStatus;

	private final boolean retryable;

	private final String requestId;

	public AgentCoreFailure(String errorType, int httpStatus, String message, boolean retryable, String requestId,
			Throwable cause) {
		super(message, cause);
		this.errorType = errorType;
		this.httpStatus = httpStatus;
		this.retryable = retryable;
		this.requestId = requestId;
	}

	/** The AWS exception type, e.g. ValidationException, or ClientError when no answer came. */
	public String errorType() {
		return errorType;
	}

	public int httpStatus() {
		return httpStatus;
	}

	public boolean retryable() {
		return retryable;
	}

	public String requestId() {
		return requestId;
	}

	public boolean isConflict() {
		return "ConflictException".equals(errorType);
	}

	public boolean isNotFound() {
		return httpStatus == 404 || "ResourceNotFoundException".equals(errorType);
	}

}
