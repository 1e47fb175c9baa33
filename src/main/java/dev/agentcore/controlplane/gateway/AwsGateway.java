package dev.agentcore.controlplane.gateway;

import java.util.List;

import org.springframework.data.annotation.ReadOnlyProperty;

/**
 * What AWS holds for the gateway: AgentCore's id (e.g. my-gateway-a1b2c3d4e5), ARN, MCP endpoint, status and its
 * reasons, and the workload identity AgentCore made for the gateway where it reports one.
 */
public record AwsGateway(@ReadOnlyProperty String gatewayId, @ReadOnlyProperty String gatewayArn,
		@ReadOnlyProperty String gatewayUrl, @ReadOnlyProperty String status,
		@ReadOnlyProperty List<String> statusReasons, @ReadOnlyProperty String workloadIdentityArn) {

	static final AwsGateway NONE = new AwsGateway(null, null, null, null, List.of(), null);

	/** Before AgentCore reports a workload identity. */
	public AwsGateway(String gatewayId, String gatewayArn, String gatewayUrl, String status, List<String> statusReasons) {
		this(gatewayId, gatewayArn, gatewayUrl, status, statusReasons, null);
	}

}
