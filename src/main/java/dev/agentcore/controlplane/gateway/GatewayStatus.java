package dev.agentcore.controlplane.gateway;

import dev.agentcore.controlplane.resource.StatusColumns;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The provisioner's writes to a gateway: status, and the identity AWS gave it. */
@Component
public class GatewayStatus extends StatusColumns {

	GatewayStatus(JdbcClient jdbc, JsonMapper json) {
		super(jdbc, json, "gateways");
	}

	/** Records the AWS identity, ending a pending create. */
	public void identity(UUID id, String gatewayId, String arn, String url) {
		update("aws_gateway_id = ?, aws_gateway_arn = ?, aws_gateway_url = ?, create_pending_at = null", id, gatewayId,
				arn, url);
	}

	/** The workload identity AgentCore reports for the gateway. */
	public void workloadIdentity(UUID id, String arn) {
		update("aws_workload_identity_arn = ?", id, arn);
	}

	/** AWS no longer has the gateway (deleted out of band, or a failed one removed): create it again. */
	public void forgetIdentity(UUID id) {
		update("""
				aws_gateway_id = null, aws_gateway_arn = null, aws_gateway_url = null, aws_status = null, aws_workload_identity_arn = null,
				aws_status_reasons = '{}', create_token = null, create_pending_at = null""", id);
	}

}
