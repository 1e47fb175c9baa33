package dev.agentcore.controlplane.idp;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import dev.agentcore.controlplane.web.Problems;

/** No such profile, or one of another team (which is the same thing to the caller). */
public class IdpProfileNotFound extends ErrorResponseException {

	public IdpProfileNotFound(UUID id) {
		super(HttpStatus.NOT_FOUND,
				Problems.problem(HttpStatus.NOT_FOUND, "IDP_PROFILE_NOT_FOUND", "There is no IDP profile " + id + "."), null);
	}

}
