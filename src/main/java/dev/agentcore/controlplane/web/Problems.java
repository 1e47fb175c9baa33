package dev.agentcore.controlplane.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Builds RFC 9457 problem details the way every endpoint answers: a {@code type} derived from
 * a stable machine {@code code}, a human {@code detail}, and for validation failures the list
 * of {@code errors}.
 */
public final class Problems {

	/** Problem type URIs are {@code urn:controlplane:problem:<code in kebab case>}. */
	public static final String TYPE_PREFIX = "urn:controlplane:problem:";

	public static final String VALIDATION_FAILED = "VALIDATION_FAILED";

	private Problems() {
	}

	public static ProblemDetail problem(HttpStatusCode status, String code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		return withCode(problem, code);
	}

	/** A problem to throw: its status, stable code and a detail that says what to do. */
	public static ErrorResponseException error(HttpStatus status, String code, String detail) {
		return new ErrorResponseException(status, problem(status, code, detail), null);
	}

	/** A conflict with the current state of a resource (409), with its code. */
	public static ErrorResponseException conflict(String code, String detail) {
		return error(HttpStatus.CONFLICT, code, detail);
	}

	public static ProblemDetail validationFailed(String detail, List<FieldError> errors) {
		ProblemDetail problem = problem(org.springframework.http.HttpStatus.BAD_REQUEST, VALIDATION_FAILED, detail);
		problem.setProperty("errors", errors);
		return problem;
	}

	public static ProblemDetail withCode(ProblemDetail problem, String code) {
		problem.setType(URI.create(TYPE_PREFIX + code.toLowerCase(Locale.ROOT).replace('_', '-')));
		problem.setProperty("code", code);
		return problem;
	}

	/** The code every status gets unless the place that raised the error names a better one. */
	public static String defaultCode(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> "BAD_REQUEST";
			case 401 -> "UNAUTHORIZED";
			case 403 -> "FORBIDDEN";
			case 404 -> "NOT_FOUND";
			case 405 -> "METHOD_NOT_ALLOWED";
			case 406 -> "NOT_ACCEPTABLE";
			case 409 -> "CONFLICT";
			case 412 -> "PRECONDITION_FAILED";
			case 413 -> "PAYLOAD_TOO_LARGE";
			case 415 -> "UNSUPPORTED_MEDIA_TYPE";
			case 422 -> "UNPROCESSABLE_CONTENT";
			case 428 -> "PRECONDITION_REQUIRED";
			case 429 -> "TOO_MANY_REQUESTS";
			case 503 -> "SERVICE_UNAVAILABLE";
			default -> status.is5xxServerError() ? "INTERNAL_ERROR" : "HTTP_" + status.value();
		};
	}

	/** One violation in a {@code VALIDATION_FAILED} problem: the JSON path of the field and what to fix. */
	public record FieldError(String field, String message) {
	}

}
