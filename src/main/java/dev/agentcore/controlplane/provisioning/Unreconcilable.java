package dev.agentcore.controlplane.provisioning;

/**
 * The desired state cannot be built (e.g. the IDP profile behind an authorizer is gone): a
 * terminal failure with its own code, until the spec changes.
 */
class Unreconcilable extends RuntimeException {

	private final String code;

	Unreconcilable(String code, String message) {
		super(message);
		this.code = code;
	}

	String code() {
		return code;
	}

}
