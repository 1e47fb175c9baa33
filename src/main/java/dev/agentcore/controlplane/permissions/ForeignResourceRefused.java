package dev.agentcore.controlplane.permissions;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import dev.agentcore.controlplane.web.Problems;
import dev.agentcore.controlplane.web.Problems.FieldError;

/**
 * 403 RESOURCE_OF_ANOTHER_TEAM: a managed role would grant what another team's declarations name.
 * The other team and its declaration are not named.
 */
final class ForeignResourceRefused {

	static final String CODE = "RESOURCE_OF_ANOTHER_TEAM";

	private ForeignResourceRefused() {
	}

	static ErrorResponseException resource(String field, String value) {
		return refused(field, value + " is named by another team's declaration. A managed execution role grants exactly "
				+ "what its gateway and targets name, so it never grants another team's resources: name your own, ask an "
				+ "admin to declare it, or use an execution role of your own (roleArn).");
	}

	static ErrorResponseException role(String roleArn) {
		return refused("roleArn", roleArn + " is the managed execution role of another team's gateway; use a role of your "
				+ "own, or a managed one (\"executionRole\": {\"managed\": true}).");
	}

	private static ErrorResponseException refused(String field, String message) {
		ProblemDetail problem = Problems.problem(HttpStatus.FORBIDDEN, CODE, field + ": " + message);
		problem.setProperty("errors", List.of(new FieldError(field, message)));
		return new ErrorResponseException(HttpStatus.FORBIDDEN, problem, null);
	}

}
