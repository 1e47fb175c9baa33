package dev.agentcore.controlplane.simulator;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** An AWS_IAM gateway's check of the SigV4 caller: who signed ({@link SimulatedCallers}) against {@link GatewayInvokePolicy}. */
@Component
@Profile({ "local", "simulator" })
class IamCallerCheck {

	private final SimulatedCallers callers;

	private final SimulatedResourcePolicies policies;

	IamCallerCheck(SimulatedCallers callers, SimulatedResourcePolicies policies) {
		this.callers = callers;
		this.policies = policies;
	}

	/** Null when the signer may invoke the gateway {@code account} holds; otherwise why not. */
	String refusal(SimulatedAgentCore account, SimulatedGateway gateway, String authorization) {
		return GatewayInvokePolicy.refusal(callers.principal(authorization), account.accountId(),
				WireFormat.gatewayArn(gateway.gatewayId(), account.region(), account.accountId()), policies.of(gateway));
	}

}
