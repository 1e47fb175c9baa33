package dev.agentcore.controlplane;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * Checks, before a released migration that adds a unique index, that the rows already satisfy it,
 * and otherwise stops start-up with the offending rows and what to do, instead of PostgreSQL's
 * "could not create unique index". Released migrations cannot be edited (their checksums are
 * recorded), so the checks live here. Boot hands every {@link Callback} bean to Flyway.
 */
@Component
public class MigrationPreconditions implements Callback {

	private static final MigrationVersion NAMES_IGNORING_CASE = MigrationVersion.fromVersion("11");

	private static final MigrationVersion ONE_ROW_PER_AWS_GATEWAY = MigrationVersion.fromVersion("11.1");

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.BEFORE_EACH_MIGRATE && context.getMigrationInfo() != null
				&& (NAMES_IGNORING_CASE.equals(context.getMigrationInfo().getVersion())
						|| ONE_ROW_PER_AWS_GATEWAY.equals(context.getMigrationInfo().getVersion()));
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		MigrationVersion version = context.getMigrationInfo().getVersion();
		try {
			if (NAMES_IGNORING_CASE.equals(version)) {
				refuseIfAny(context.getConnection(), """
						select lower(name), string_agg(format('%s (id %s, team %s)', name, id, team), ', ' order by name)
						from gateways group by lower(name) having count(*) > 1 order by 1""",
						"Migration 11 makes gateway names unique ignoring case (AgentCore lower-cases gateway ids, and a "
								+ "managed role trusts a gateway by its lower-cased name), but these gateways have names "
								+ "that differ only in case:",
						"Keep one name of each group: delete the other gateways with the previous version "
								+ "(DELETE /api/v1/gateways/{id}), or rename them in the database (update gateways set "
								+ "name = '<new name>' where id = '<id>'; the AWS gateway keeps its name until it is "
								+ "recreated), then start again.");
			}
			else {
				refuseIfAny(context.getConnection(), """
						select aws_gateway_id, string_agg(format('%s (id %s, team %s)', name, id, team), ', ' order by id)
						from gateways where aws_gateway_id is not null group by aws_gateway_id having count(*) > 1
						order by 1""",
						"Migration 11.1 lets one gateway of the control plane manage each AWS gateway, but these AWS "
								+ "gateways are managed by more than one:",
						"Keep one row per AWS gateway: delete the others in the database, targets first (delete from "
								+ "gateway_targets where gateway_id = '<id>'; delete from gateways where id = '<id>'). Do not "
								+ "delete them through the API: that deletes the AWS gateway too. Then start again.");
			}
		}
		catch (SQLException ex) {
			throw new FlywayException("Could not check the gateways before migration " + version + ": " + ex.getMessage(),
					ex);
		}
	}

	private static void refuseIfAny(Connection connection, String query, String problem, String fix) throws SQLException {
		List<String> groups = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(query); ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				groups.add("  " + rows.getString(1) + ": " + rows.getString(2));
			}
		}
		if (!groups.isEmpty()) {
			throw new FlywayException(problem + "\n" + String.join("\n", groups) + "\n" + fix);
		}
	}

	@Override
	public String getCallbackName() {
		return "gateway uniqueness preconditions";
	}

}
