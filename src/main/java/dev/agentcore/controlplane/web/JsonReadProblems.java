package dev.agentcore.controlplane.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import dev.agentcore.controlplane.web.Problems.FieldError;

/**
 * Explains an unreadable request body in the caller's terms: which property is unknown, which
 * field has the wrong type, or where the JSON stops being JSON. Never echoes parser messages,
 * which name Java classes.
 */
final class JsonReadProblems {

	static final String MALFORMED_JSON = "MALFORMED_JSON";

	static final String UNKNOWN_PROPERTY = "UNKNOWN_PROPERTY";

	private JsonReadProblems() {
	}

	static ProblemDetail from(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		if (cause instanceof UnrecognizedPropertyException unknown) {
			String field = path(unknown);
			ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, UNKNOWN_PROPERTY,
					"Unknown property '" + field + "'. Remove it, or check its spelling against the API documentation.");
			problem.setProperty("errors", List.of(new FieldError(field, "is not a known property")));
			return problem;
		}
		if (cause instanceof StrictJson.ControlCharactersRefused refused) {
			String field = path(refused);
			return Problems.validationFailed("Field '" + field + "' " + ControlCharacters.MESSAGE + ".",
					List.of(new FieldError(field, ControlCharacters.MESSAGE)));
		}
		if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			String field = path(mismatch);
			return Problems.validationFailed("Field '" + field + "' has the wrong type.",
					List.of(new FieldError(field, expectation(mismatch))));
		}
		if (cause instanceof StreamReadException duplicate && String.valueOf(duplicate.getOriginalMessage()).startsWith("Duplicate")) {
			return Problems.problem(HttpStatus.BAD_REQUEST, MALFORMED_JSON, "The request body names a property twice"
					+ where(duplicate.getLocation()) + "; send each property once.");
		}
		if (cause instanceof StreamReadException || cause instanceof JacksonException) {
			return Problems.problem(HttpStatus.BAD_REQUEST, MALFORMED_JSON,
					"The request body is not valid JSON" + where(((JacksonException) cause).getLocation()) + ".");
		}
		return Problems.problem(HttpStatus.BAD_REQUEST, MALFORMED_JSON,
				"The request body is missing or is not valid JSON.");
	}

	static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(ControlCharacters.visible(reference.getPropertyName()));
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "(body)" : path.toString();
	}

	private static String expectation(MismatchedInputException ex) {
		Class<?> type = ex.getTargetType();
		if (type != null && type.isEnum()) {
			String values = Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
			String given = (ex instanceof InvalidFormatException invalid) ? "'" + invalid.getValue() + "' is not allowed; " : "";
			return given + "must be one of: " + values;
		}
		return "must be " + describe(type);
	}

	private static String describe(Class<?> type) {
		if (type == null) {
			return "of another JSON type";
		}
		if (type == String.class || CharSequence.class.isAssignableFrom(type)) {
			return "a string";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "a number";
		}
		if (type.isArray() || Iterable.class.isAssignableFrom(type)) {
			return "an array";
		}
		if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
			return "an ISO-8601 timestamp";
		}
		return "an object";
	}

	private static String where(TokenStreamLocation location) {
		if (location == null || location.getLineNr() < 1) {
			return "";
		}
		return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
	}

}
