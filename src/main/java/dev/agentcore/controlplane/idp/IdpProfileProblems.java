package dev.agentcore.controlplane.idp;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import dev.agentcore.controlplane.web.InvalidRequest;
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

	static ErrorResponseException managedImmutable(boolean isManaged) {
		return Problems.conflict("MANAGED_IMMUTABLE", isManaged
				? "This profile's identity provider is managed by the control plane; it cannot become one you run. "
						+ "Create a new profile for your own identity provider."
				: "This profile points at an identity provider your team runs; it cannot become managed. Create a new "
						+ "profile with 'managed' instead.");
	}

	static ErrorResponseException managedPartImmutable(String what, String current) {
		return Problems.conflict(what.toUpperCase(java.util.Locale.ROOT).replace(' ', '_') + "_IMMUTABLE", "The " + what
				+ " of a managed profile cannot change (it is '" + current + "'). Create a new profile to use another one.");
	}

	static ErrorResponseException deleting() {
		return Problems.conflict("IDP_PROFILE_DELETING", "The profile is being deleted; it accepts no changes.");
	}

	static ErrorResponseException notReady(String what) {
		return Problems.conflict("IDP_PROFILE_NOT_READY", "The managed identity provider is not provisioned yet (" + what
				+ "). Wait until the profile's status is READY.");
	}

	static InvalidRequest unknownManagedClient(String name, List<String> names) {
		return InvalidRequest.rule("UNKNOWN_MANAGED_CLIENT", "managedClient", "The profile manages no client named '" + name
				+ "'. Its clients are " + names + ".");
	}

	static InvalidRequest secretNotOfProfile() {
		return InvalidRequest.rule("SECRET_NOT_OF_PROFILE", "secretArn", "Only the secrets of this profile's managed clients "
				+ "can be used here (see aws.clients[].secretArn); give clientSecret for any other client.");
	}

	static InvalidRequest credentialsRequired() {
		return InvalidRequest.rule("CLIENT_CREDENTIALS_REQUIRED", "clientSecret", "Give exactly one of clientSecret (with "
				+ "clientId), secretArn or managedClient.");
	}

	static ErrorResponseException secretUnreadable(String detail) {
		return Problems.error(HttpStatus.BAD_GATEWAY, "SECRET_UNREADABLE",
				"The client secret could not be read from Secrets Manager: " + detail);
	}

}
