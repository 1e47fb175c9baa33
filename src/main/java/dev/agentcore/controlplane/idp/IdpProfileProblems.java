package dev.agentcore.controlplane.idp;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import dev.agentcore.controlplane.web.Problems;

/** The IDP profile module's problems, each with the code the API documents. */
final class IdpProfileProblems {

	private IdpProfileProblems() {
	}

	static ErrorResponseException inUse(UUID id, List<UUID> gatewayIds) {
		ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, "IDP_PROFILE_IN_USE", "IDP profile " + id + " is used by "
				+ gatewayIds.size() + " gateway(s). Point them at another profile or delete them first.");
		problem.setProperty("gatewayIds", gatewayIds);
		return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
	}

	static ErrorResponseException nameImmutable(String name) {
		return Problems.conflict("NAME_IMMUTABLE",
				"The name of a profile cannot change (it is '" + name + "'). Create a new profile to use another name.");
	}

	static ErrorResponseException nameTaken(String name) {
		return Problems.conflict("NAME_TAKEN",
				"Your team already has an IDP profile named '" + name + "'. Choose another name or update that one.");
	}

}
