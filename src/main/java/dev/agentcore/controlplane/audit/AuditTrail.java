package dev.agentcore.controlplane.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.WritesAtCommit;
import dev.agentcore.controlplane.resource.ChangeAccepted;
import dev.agentcore.controlplane.resource.ResourceRef;
import dev.agentcore.controlplane.resource.TokenChecked;
import dev.agentcore.controlplane.resource.TokenRequested;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.RequestIds;

/**
 * Writes the audit trail. Changes are recorded in the transaction that accepts them (the listener runs
 * synchronously within it), so the trail holds every committed change and nothing that rolled back.
 * The actor comes from the authenticated caller, the request id from {@link RequestIds}. A record is written with
 * the transaction's COMMIT ({@link WritesAtCommit}).
 */
@Component
class AuditTrail {

	private final WritesAtCommit writes;

	private final JsonMapper json;

	AuditTrail(WritesAtCommit writes, JsonMapper json) {
		this.writes = writes;
		this.json = json;
	}

	@EventListener
	void on(ChangeAccepted change) {
		JsonNode before = change.previousSpec() == null ? null : json.valueToTree(change.previousSpec());
		JsonNode after = change.newSpec() == null ? null : json.valueToTree(change.newSpec());
		boolean specChange = change.previousSpec() != null || change.newSpec() != null;
		record(change.action().name(), change.ref(),
				specChange ? JsonPatch.diff(before, after) : json.createArrayNode(), null);
	}

	@EventListener
	void on(TokenChecked check) {
		record("TOKEN_CHECK", check.ref(), json.createArrayNode(), check.accepted() ? "ACCEPTED" : "REFUSED");
	}

	/** A token minted (or refused) on a caller's behalf: what was asked for, never the secret or the token. */
	@EventListener
	void on(TokenRequested request) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("clientId", request.clientId());
		details.put("scopes", request.scopes());
		if (request.audience() != null) {
			details.put("audience", request.audience());
		}
		record("TOKEN_REQUEST", request.ref(), json.createArrayNode(), request.issued() ? "ISSUED" : "REFUSED",
				json.valueToTree(details));
	}

	private void record(String action, ResourceRef ref, JsonNode patch, String outcome) {
		record(action, ref, patch, outcome, null);
	}

	private void record(String action, ResourceRef ref, JsonNode patch, String outcome, JsonNode details) {
		Caller caller = caller();
		writes.write("""
				insert into audit_records (at, team, actor_subject, actor_client_id, actor_team, actor_admin, request_id,
				  action, resource_type, resource_id, patch, outcome, details)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, cast(? as jsonb))""",
				Timestamp.from(Instant.now()), ref.team(), caller.subject(), caller.clientId(), caller.team(),
				caller.admin(), RequestIds.current(), action, ref.type().name(), ref.id(), json.writeValueAsString(patch),
				outcome, details == null ? null : json.writeValueAsString(details));
	}

	private static Caller caller() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
			return caller;
		}
		return new Caller(authentication == null ? "system" : authentication.getName(), null, java.util.List.of(), false,
				null);
	}

}
