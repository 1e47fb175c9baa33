package dev.agentcore.controlplane.gateway;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.resource.StatusColumns;
import dev.agentcore.controlplane.resource.StatusTable;
import dev.agentcore.controlplane.resource.StatusUpdate;

/** The provisioner's writes to a gateway: status, and the identity AWS gave it. */
@Component
public class GatewayStatus extends StatusColumns {

	GatewayStatus(JdbcClient jdbc, JsonMapper json) {
		super(jdbc, json, new StatusTable("gateways", "aws_gateway_id", "aws_gateway_arn", "aws_gateway_url",
				List.of("aws_workload_identity_arn")));
	}

	/** The workload identity AgentCore reports for the gateway (GetGateway's workloadIdentityDetails). */
	public StatusUpdate.ColumnWrite workloadIdentity(String arn) {
		return write("aws_workload_identity_arn = ?", arn);
	}

}
