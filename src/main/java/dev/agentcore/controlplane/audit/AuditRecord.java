package dev.agentcore.controlplane.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import dev.agentcore.controlplane.resource.ResourceType;

/**
 * One accepted change or action.
 *
 * @param id increasing; the keyset cursor
 * @param at when it was accepted
 * @param actor who did it
 * @param requestId the request's X-Request-Id (given by the caller or generated)
 * @param action CREATE, REPLACE, DELETE, RECONCILE, SYNCHRONIZE, DISCOVERY_CHECK, TOKEN_CHECK or TOKEN_REQUEST
 * @param resource what it was done to
 * @param patch RFC 6902 JSON Patch from the previous spec to the new one ({@code test} operations carry the
 * previous values); empty for actions that change no spec; secrets are redacted
 * @param outcome for token checks, ACCEPTED or REFUSED; for token requests, ISSUED or REFUSED
 * @param tokenRequest for token requests (made directly or by a probe), what was asked for; never the secret or token
 */
record AuditRecord(long id, Instant at, Actor actor, String requestId, String action, Resource resource,
		List<PatchOperation> patch, String outcome, @JsonInclude(JsonInclude.Include.NON_NULL) RequestedToken tokenRequest) {

	/**
	 * @param clientId the OAuth client the token was requested for
	 * @param scopes the scopes requested; empty for the client's defaults
	 * @param audience the audience requested, if any
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record RequestedToken(String clientId, List<String> scopes, String audience) {
	}

	/**
	 * One RFC 6902 operation.
	 *
	 * @param op add, remove, replace or test
	 * @param path JSON Pointer into the spec
	 * @param value the value added or replaced with, or (for test) the value it had
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record PatchOperation(String op, String path, @Schema(description = "any JSON value") Object value) {
	}

	/**
	 * @param subject the token's subject
	 * @param clientId the OAuth client, when the token names it
	 * @param team the caller's team
	 * @param admin whether the caller had the admin scope
	 */
	record Actor(String subject, String clientId, String team, boolean admin) {
	}

	/**
	 * @param type the kind of resource
	 * @param id its id
	 * @param team the owning team
	 */
	record Resource(ResourceType type, UUID id, String team) {
	}

}
