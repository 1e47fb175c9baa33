package dev.agentcore.controlplane.cedar;

import java.time.Duration;

/**
 * Cedar's threads are all busy and their queue is full, or a call waited past its timeout: the caller
 * should answer 503 and ask the client to retry after {@link #retryAfter()}.
 */
public final class CedarBusy extends RuntimeException {

	private final transient Duration retryAfter;

	CedarBusy(String message, Duration retryAfter) {
		super(message, null, false, false);
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}

}
