package dev.agentcore.controlplane.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import dev.agentcore.controlplane.web.Problems.FieldError;

/**
 * A request that breaks rules: every field violation at once ({@code VALIDATION_FAILED}), or a
 * named rule with its own code (e.g. {@code COGNITO_TOKENS_HAVE_NO_AUD}).
 */
public class InvalidRequest extends ErrorResponseException {

	private InvalidRequest(ProblemDetail problem) {
		super(HttpStatus.BAD_REQUEST, problem, null);
	}

	public static InvalidRequest fields(List<FieldError> errors) {
		String detail = errors.size() == 1 ? "1 field is invalid; see errors." : errors.size() + " fields are invalid; see errors.";
		return new InvalidRequest(Problems.validationFailed(detail, errors));
	}

	public static InvalidRequest rule(String code, String field, String detail) {
		ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, code, detail);
		problem.setProperty("errors", List.of(new FieldError(field, detail)));
		return new InvalidRequest(problem);
	}

}
