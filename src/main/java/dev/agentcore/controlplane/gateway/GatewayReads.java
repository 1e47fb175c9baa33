package dev.agentcore.controlplane.gateway;

import dev.agentcore.controlplane.account.Placement;
import dev.agentcore.controlplane.resource.Lifecycle;
import dev.agentcore.controlplane.resource.ResourceStatus;
import dev.agentcore.controlplane.resource.ProvisioningError;
import dev.agentcore.controlplane.resource.Phase;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The hot read of the API, one gateway by id, as one hand-mapped statement: the generic aggregate
 * mapping was over a quarter of the CPU of {@code GET /gateways/{id}}. Writes still go through the
 * repository; the columns read here are the ones it maps.
 */
@Component
class GatewayReads {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final SavedInTransaction saved;

	GatewayReads(JdbcClient jdbc, JsonMapper json, SavedInTransaction saved) {
		this.jdbc = jdbc;
		this.json = json;
		this.saved = saved;
	}

	/**
	 * Parsed specs by their JSON text: parsing was a third of the read, and specs change rarely. The text is the key,
	 * so a changed spec is a miss; specs are immutable values. Emptied when full rather than kept in order: lock-free
	 * reads matter more here than the few misses after a clear.
	 */
	private final Map<String, GatewaySpec> specs = new ConcurrentHashMap<>();

	private static final int SPECS_KEPT = 4096;

	/** The gateway as this transaction saved it (its desired state), else as the database has it. */
	Optional<Gateway> findChanged(UUID id) {
		Optional<Gateway> changed = saved.find(id);
		return changed.isPresent() ? changed : find(id);
	}

	Optional<Gateway> find(UUID id) {
		return jdbc.sql("select * from gateways where id = ?").param(id).query(this::gateway).optional();
	}

	private Gateway gateway(ResultSet row, int number) throws SQLException {
		String lastError = row.getString("last_error");
		ResourceStatus status = new ResourceStatus(Phase.valueOf(row.getString("phase")), row.getLong("observed_generation"),
				row.getString("status_message"), lastError == null ? null : json.readValue(lastError, ProvisioningError.class),
				row.getInt("attempts"), instant(row, "next_attempt_at"), instant(row, "last_transition_at"));
		AwsGateway aws = new AwsGateway(row.getString("aws_gateway_id"), row.getString("aws_gateway_arn"),
				row.getString("aws_gateway_url"), row.getString("aws_status"), strings(row.getArray("aws_status_reasons")),
				row.getString("aws_workload_identity_arn"));
		Lifecycle lifecycle = new Lifecycle(row.getLong("generation"), instant(row, "created_at"), instant(row, "updated_at"),
				instant(row, "deletion_requested_at"), row.getString("create_token"), instant(row, "create_pending_at"));
		return new Gateway(row.getObject("id", UUID.class), row.getString("team"), row.getString("name"),
				spec(row.getString("spec")), row.getObject("idp_profile_id", UUID.class), row.getInt("version"), lifecycle,
				row.getString("created_by"), status, row.getBoolean("cascade_delete"), row.getInt("target_count"), aws,
				new Placement(row.getString("placement_account_id"), row.getString("placement_region")));
	}

	private GatewaySpec spec(String text) {
		GatewaySpec known = specs.get(text);
		if (known != null) {
			return known;
		}
		if (specs.size() >= SPECS_KEPT) {
			specs.clear();
		}
		GatewaySpec parsed = json.readValue(text, GatewaySpec.class);
		specs.put(text, parsed);
		return parsed;
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp timestamp = row.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

}
