package dev.agentcore.controlplane.outbound;

/**
 * A guarded fetch that did not produce a response. The message is safe to store and show to the
 * user who gave the URL: it never names the internal address a host resolved to (that goes to
 * the log only).
 */
public final class FetchFailed extends Exception {

	/** Why the fetch failed. */
	public enum Reason {

		/** The URL or the address it resolves to is not allowed (scheme, internal address, redirect). */
		NOT_ALLOWED,
		/** The host cannot be resolved or does not accept connections. */
		UNREACHABLE,
		/** The exchange did not complete within the deadline. */
		TIMED_OUT,
		/** The response body is larger than the cap. */
		TOO_LARGE,
		/** The server answered something that is not a usable HTTP response. */
		BAD_RESPONSE

	}

	private final Reason reason;

	FetchFailed(Reason reason, String message) {
		super(message, null, false, false);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	/** Whether the URL or the server is wrong (rather than merely unreachable now). */
	public boolean invalid() {
		return reason == Reason.NOT_ALLOWED || reason == Reason.TOO_LARGE || reason == Reason.BAD_RESPONSE;
	}

}
