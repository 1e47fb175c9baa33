package dev.agentcore.controlplane.cedar;

import java.util.Locale;

import com.cedarpolicy.model.policy.Policy;

/**
 * Whether Cedar's native library loads here. cedar-java parses and validates in Rust, through a
 * library it unpacks from the jar for this operating system and architecture: the production jar
 * carries Linux's for the architecture it was built on only, so elsewhere every policy operation
 * fails until {@code CEDAR_JAVA_FFI_LIB} names a library, or the jar is built with
 * {@code -Dcedar.natives=jne/**} (all five platforms).
 */
public final class CedarLibrary {

	private CedarLibrary() {
	}

	/** What the check found: whether Cedar answered, on which platform, and why not. */
	public record Availability(boolean loaded, String platform, String problem) {
	}

	/** Parses one statement with the native library (loading it on first use). */
	public static Availability check() {
		String platform = System.getProperty("os.name").toLowerCase(Locale.ROOT) + "/" + System.getProperty("os.arch");
		try {
			Policy.parseStaticPolicy("permit(principal, action, resource);");
			return new Availability(true, platform, null);
		}
		catch (Exception | LinkageError failure) {
			return new Availability(false, platform, "Cedar's native library did not load on " + platform + " ("
					+ failure.getClass().getSimpleName() + ": " + failure.getMessage() + "). The production jar carries "
					+ "Linux's library for the architecture it was built on only: build it on (or for) this platform "
					+ "(-Dcedar.natives=jne/linux/aarch64/** for instance), with -Dcedar.natives=jne/** for all five, or set "
					+ "CEDAR_JAVA_FFI_LIB to the library's path.");
		}
	}

}
