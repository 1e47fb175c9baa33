package dev.agentcore.controlplane.gatewaytarget;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.resource.StatusColumns;

/** The provisioner's writes to a target: status, and the identity AWS gave it. */
@Component
public class TargetStatus extends StatusColumns {

	TargetStatus(JdbcClient jdbc, JsonMapper json) {
		super(jdbc, json, "gateway_targets");
	}

	/** Records the AWS identity, ending a pending create. */
	public void identity(UUID id, String targetId) {
		update("aws_target_id = ?, create_pending_at = null", id, targetId);
	}

	/** AWS no longer has the target: create it again. */
	public void forgetIdentity(UUID id) {
		update("""
				aws_target_id = null, aws_status = null, aws_status_reasons = '{}', aws_last_synchronized_at = null,
				create_token = null, create_pending_at = null""", id);
	}

	/** A synchronization requested at or before {@code requestedAt} has been sent to AWS. */
	public void synchronizationSent(UUID id, Instant requestedAt, Instant synchronizedAt) {
		update("""
				aws_last_synchronized_at = ?,
				synchronize_requested_at = case when synchronize_requested_at <= ? then null else synchronize_requested_at end""",
				id, synchronizedAt == null ? null : Timestamp.from(synchronizedAt), Timestamp.from(requestedAt));
	}

}
