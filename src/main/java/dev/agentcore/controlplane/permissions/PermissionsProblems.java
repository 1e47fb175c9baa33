package dev.agentcore.controlplane.permissions;

import org.springframework.web.ErrorResponseException;

import dev.agentcore.controlplane.web.Problems;

/** The permissions module's problems, each with the code the API documents. */
final class PermissionsProblems {

	private PermissionsProblems() {
	}

	static ErrorResponseException notManaged() {
		return Problems.conflict("NOT_MANAGED", "The control plane creates nothing for this profile, so it needs no "
				+ "permissions for it.");
	}

}
