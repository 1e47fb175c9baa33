package dev.agentcore.controlplane;

import java.sql.SQLException;

/** Recognizes a unique-constraint violation by the constraint's name, however the data layer wrapped it. */
public final class UniqueConstraints {

	private static final String UNIQUE_VIOLATION = "23505";

	private UniqueConstraints() {
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
