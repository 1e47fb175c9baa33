package dev.agentcore.controlplane;

import java.sql.SQLException;
import java.util.function.Supplier;

/** Recognizes a unique-constraint violation by the constraint's name, however the data layer wrapped it. */
public final class UniqueConstraints {

	private static final String UNIQUE_VIOLATION = "23505";

	private UniqueConstraints() {
	}

	/**
	 * Runs {@code write}; a violation of {@code constraint} becomes the problem {@code conflict} makes
	 * (e.g. NAME_TAKEN), anything else goes on as it was.
	 */
	public static <T> T unique(String constraint, Supplier<T> write, Supplier<? extends RuntimeException> conflict) {
		try {
			return write.get();
		}
		catch (RuntimeException ex) {
			if (violated(ex, constraint)) {
				throw conflict.get();
			}
			throw ex;
		}
	}

	public static boolean violated(Throwable failure, String constraint) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())
					&& String.valueOf(sql.getMessage()).contains(constraint)) {
				return true;
			}
		}
		return false;
	}

}
