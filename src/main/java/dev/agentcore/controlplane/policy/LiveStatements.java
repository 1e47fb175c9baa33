package dev.agentcore.controlplane.policy;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The statements an engine evaluates (its policies not being deleted), read by one hand-mapped
 * statement: what-if checks read them on every call, and need neither status nor the aggregate.
 */
@Component
class LiveStatements {

	private final JdbcClient jdbc;

	LiveStatements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A policy's statement as its engine evaluates it. */
	record LiveStatement(UUID id, String name, String statement) {
	}

	List<LiveStatement> of(UUID engineId) {
		return jdbc.sql("""
				select id, name, spec->>'statement' from policies
				where policy_engine_id = ? and deletion_requested_at is null order by id""")
			.param(engineId)
			.query((row, number) -> new LiveStatement(row.getObject(1, UUID.class), row.getString(2), row.getString(3)))
			.list();
	}

}
