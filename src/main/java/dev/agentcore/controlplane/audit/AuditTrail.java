package dev.agentcore.controlplane.audit;

import java.sql.Timestamp;
import java.time.Instant;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.resource.ChangeAccepted;
import dev.agentcore.controlplane.resource.ResourceRef;
import dev.agentcore.controlplane.resource.TokenChecked;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.RequestIds;

/**
 * Writes the audit trail. Changes are recorded in the transaction that accepts them (the listener runs
 * synchronously within it), so the trail holds every committed change and nothing that rolled back.
 * The actor comes from the authenticated caller, the request id from {@link RequestIds}.
 */
@Component
class AuditTrail {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditTrail(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
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

	private void record(String action, ResourceRef ref, JsonNode patch, String outcome) {
		Caller caller = caller();
		jdbc.sql("""
				insert into audit_records (at, team, actor_subject, actor_client_id, actor_team, actor_admin, request_id,
				  action, resource_type, resource_id, patch, outcome)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)""")
			.params(Timestamp.from(Instant.now()), ref.team(), caller.subject(), caller.clientId(), caller.team(),
					caller.admin(), RequestIds.current(), action, ref.type().name(), ref.id(), json.writeValueAsString(patch),
					outcome)
			.update();
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
