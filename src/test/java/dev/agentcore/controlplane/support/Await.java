package dev.agentcore.controlplane.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Polls until something happens, for tests of what converges asynchronously (provisioning, a jar's start). */
public final class Await {

	private Await() {
	}

	/** The first non-null answer of {@code probe} within {@code timeout}; fails naming {@code what} otherwise. */
	public static <T> T until(Duration timeout, String what, Supplier<T> probe) {
		return until(timeout, what, probe, () -> "");
	}

	/** As {@link #until(Duration, String, Supplier)}, adding {@code context} (a process's output, say) to the failure. */
	public static <T> T until(Duration timeout, String what, Supplier<T> probe, Supplier<String> context) {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			T value = probe.get();
			if (value != null) {
				return value;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted while waiting for " + what, ex);
			}
		}
		String more = context.get();
		throw new AssertionError(what + " did not happen within " + timeout + (more.isEmpty() ? "" : ":\n" + more));
	}

}
