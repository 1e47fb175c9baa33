package dev.agentcore.controlplane.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Optimistic concurrency over HTTP: a resource's integer {@code version} is its strong ETag,
 * and changes must name the version they were based on in {@code If-Match}.
 */
public final class Versions {

	private Versions() {
	}

	public static String etag(long version) {
		return "\"" + version + "\"";
	}

	/** 428 when {@code If-Match} is missing, 412 when it names another version. */
	public static void requireIfMatch(String ifMatch, long currentVersion) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new ErrorResponseException(HttpStatus.PRECONDITION_REQUIRED,
					Problems.problem(HttpStatus.PRECONDITION_REQUIRED, "PRECONDITION_REQUIRED",
							"Send 'If-Match' with the ETag of the version you read (GET returns it), so that a concurrent "
									+ "change is not overwritten."),
					null);
		}
		for (String candidate : ifMatch.split(",")) {
			String tag = candidate.trim();
			if (tag.equals("*") || tag.equals(etag(currentVersion))) {
				return;
			}
		}
		throw stale(currentVersion);
	}

	public static ErrorResponseException stale(long currentVersion) {
		return new ErrorResponseException(HttpStatus.PRECONDITION_FAILED,
				Problems.problem(HttpStatus.PRECONDITION_FAILED, "PRECONDITION_FAILED",
						"The resource has changed since you read it (it is now at version " + currentVersion
								+ "). GET it again, reapply your change, and send the new ETag."),
				null);
	}

}
