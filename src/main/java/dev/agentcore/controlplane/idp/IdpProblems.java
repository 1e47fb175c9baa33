package dev.agentcore.controlplane.idp;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import dev.agentcore.controlplane.web.InvalidRequest;
import dev.agentcore.controlplane.web.Problems;

/** The problems of managed profiles and token requests, each with what to do about it. */
final class IdpProblems {

	private IdpProblems() {
	}

	static ErrorResponseException managedImmutable(boolean isManaged) {
		return conflict("MANAGED_IMMUTABLE", isManaged
				? "This profile's identity provider is managed by the control plane; it cannot become one you run. "
						+ "Create a new profile for your own identity provider."
				: "This profile points at an identity provider your team runs; it cannot become managed. Create a new "
						+ "profile with 'managed' instead.");
	}

	static ErrorResponseException managedPartImmutable(String what, String current) {
		return conflict(what.toUpperCase(java.util.Locale.ROOT).replace(' ', '_') + "_IMMUTABLE", "The " + what
				+ " of a managed profile cannot change (it is '" + current + "'). Create a new profile to use another one.");
	}

	static ErrorResponseException deleting() {
		return conflict("IDP_PROFILE_DELETING", "The profile is being deleted; it accepts no changes.");
	}

	static ErrorResponseException notReady(String what) {
		return conflict("IDP_PROFILE_NOT_READY", "The managed identity provider is not provisioned yet (" + what
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
		return new ErrorResponseException(HttpStatus.BAD_GATEWAY, Problems.problem(HttpStatus.BAD_GATEWAY,
				"SECRET_UNREADABLE", "The client secret could not be read from Secrets Manager: " + detail), null);
	}

	private static ErrorResponseException conflict(String code, String detail) {
		return new ErrorResponseException(HttpStatus.CONFLICT, Problems.problem(HttpStatus.CONFLICT, code, detail), null);
	}

}
