package dev.agentcore.controlplane.gatewaytarget;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.network.PrivateEndpoint;
import dev.agentcore.controlplane.resource.StatusColumns;
import dev.agentcore.controlplane.resource.StatusTable;
import dev.agentcore.controlplane.resource.StatusUpdate;

/** The provisioner's writes to a target: status, the identity AWS gave it, and synchronizations. */
@Component
public class TargetStatus extends StatusColumns {

	private final JsonMapper json;

	TargetStatus(JdbcClient jdbc, JsonMapper json) {
		super(jdbc, json, new StatusTable("gateway_targets", "aws_target_id", null, null,
				List.of("aws_last_synchronized_at", "aws_authorization_url", "aws_private_endpoint_resources", "aws_tools")));
		this.json = json;
	}

	/** The VPC Lattice resources AgentCore reports for the target's private endpoint; none clears them. */
	public StatusUpdate.ColumnWrite privateEndpointResources(List<PrivateEndpoint.ManagedResource> resources) {
		return write("aws_private_endpoint_resources = cast(? as jsonb)",
				resources.isEmpty() ? null : json.writeValueAsString(new PrivateEndpoint.ManagedResources(resources)));
	}

	/** The tools the gateway serves for the target as the control plane listed them, or why they are unknown. */
	public StatusUpdate.ColumnWrite listedTools(ListedTools tools) {
		return write("aws_tools = cast(? as jsonb)", json.writeValueAsString(tools));
	}

	/** Where a person gives the consent AWS waits for; null once it no longer waits. */
	public StatusUpdate.ColumnWrite authorizationUrl(String url) {
		return write("aws_authorization_url = ?", url);
	}

	/** A synchronization requested at or before {@code requestedAt} has been sent to AWS. */
	public StatusUpdate.ColumnWrite synchronizationSent(Instant requestedAt, Instant synchronizedAt) {
		return write("""
				aws_last_synchronized_at = ?,
				synchronize_requested_at = case when synchronize_requested_at <= ? then null else synchronize_requested_at end""",
				synchronizedAt == null ? null : Timestamp.from(synchronizedAt), Timestamp.from(requestedAt));
	}

}
