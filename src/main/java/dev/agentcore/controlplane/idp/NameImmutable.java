package dev.agentcore.controlplane.idp;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import dev.agentcore.controlplane.web.Problems;

/** The name of a profile is how people find it; it does not change. */
final class NameImmutable {

	private NameImmutable() {
	}

	static ErrorResponseException of(String name) {
		return new ErrorResponseException(HttpStatus.CONFLICT, Problems.problem(HttpStatus.CONFLICT, "NAME_IMMUTABLE",
				"The name of a profile cannot change (it is '" + name + "'). Create a new profile to use another name."),
				null);
	}

}
