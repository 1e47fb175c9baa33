package dev.agentcore.controlplane.gateway;

import java.sql.Timestamp;
import java.time.Instant;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A POST's insert as one hand-written statement: the repository's generic insert (rendering the statement, building
 * its parameters from the mapping, the relational events around it) was over a quarter of the CPU of a POST (JFR,
 * issue #27). It writes the columns the repository's insert writes; the status columns keep their defaults.
 */
class GatewayDeclarationsImpl implements GatewayDeclarations {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final SavedInTransaction saved;

	GatewayDeclarationsImpl(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events, SavedInTransaction saved) {
		this.jdbc = jdbc;
		this.json = json;
		this.events = events;
		this.saved = saved;
	}

	@Override
	public Gateway insertDeclared(Gateway declared) {
		if (declared.version() != 0 || declared.generation() != 1) {
			throw new IllegalArgumentException("Not a newly declared gateway: " + declared.id());
		}
		jdbc.sql("""
				insert into gateways (id, team, name, spec, idp_profile_id, version, generation, created_at, updated_at,
				  deletion_requested_at, created_by, cascade_delete, placement_account_id, placement_region)
				values (?, ?, ?, cast(? as jsonb), ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(declared.id(), declared.team(), declared.name(), json.writeValueAsString(declared.spec()),
					declared.idpProfileId(), declared.generation(), timestamp(declared.lifecycle().createdAt()),
					timestamp(declared.lifecycle().updatedAt()), timestamp(declared.lifecycle().deletionRequestedAt()),
					declared.createdBy(), declared.cascadeDelete(), declared.placement().accountId(),
					declared.placement().region())
			.update();
		// As saved: version 0, as the repository sets it on an insert (the ETag of a new gateway).
		Gateway inserted = new Gateway(declared.id(), declared.team(), declared.name(), declared.spec(),
				declared.idpProfileId(), 0, declared.lifecycle(), declared.createdBy(), declared.status(),
				declared.cascadeDelete(), declared.targetCount(), declared.aws(), declared.placement());
		saved.onAfterSave(inserted);
		declared.domainEvents().forEach(events::publishEvent);
		return inserted;
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
