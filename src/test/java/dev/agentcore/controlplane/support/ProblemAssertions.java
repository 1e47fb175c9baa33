package dev.agentcore.controlplane.support;

import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import dev.agentcore.controlplane.web.Problems;
import dev.agentcore.controlplane.web.Problems.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Reads the problem a rule or an aggregate throws: its status, its {@code code} and its field errors. */
public final class ProblemAssertions {

	private ProblemAssertions() {
	}

	/** The problem {@code call} throws; fails when it throws none or something else. */
	public static ProblemDetail problemOf(ThrowingCallable call) {
		ErrorResponseException thrown = catchThrowableOfType(ErrorResponseException.class, call);
		assertThat(thrown).as("an ErrorResponseException (problem+json)").isNotNull();
		ProblemDetail body = thrown.getBody();
		assertThat(body.getStatus()).as("the body carries the status of the exception")
			.isEqualTo(thrown.getStatusCode().value());
		return body;
	}

	/** The problem's machine-readable code, checked against the type URI derived from it. */
	public static String code(ProblemDetail problem) {
		assertThat(problem.getProperties()).as("problem properties").isNotNull().containsKey("code");
		String code = (String) problem.getProperties().get("code");
		assertThat(problem.getType()).hasToString(Problems.TYPE_PREFIX + code.toLowerCase().replace('_', '-'));
		return code;
	}

	/** The code of the problem {@code call} throws. */
	public static String codeOf(ThrowingCallable call) {
		return code(problemOf(call));
	}

	/** The field errors listed in the problem. */
	@SuppressWarnings("unchecked")
	public static List<FieldError> errors(ProblemDetail problem) {
		assertThat(problem.getProperties()).as("problem properties").isNotNull().containsKey("errors");
		return (List<FieldError>) problem.getProperties().get("errors");
	}

}
