package dev.agentcore.controlplane.simulator;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** An AWS_IAM gateway's check of the SigV4 caller: who signed ({@link SimulatedCallers}) against {@link GatewayInvokePolicy}. */
@Component
@Profile({ "local", "simulator" })
class IamCallerCheck {

	private final SimulatedCallers callers;

	private final SimulatedResourcePolicies policies;

	private final SimulatedAgentCore account;

	IamCallerCheck(SimulatedCallers callers, SimulatedResourcePolicies policies, SimulatedAgentCore account) {
		this.callers = callers;
		this.policies = policies;
		this.account = account;
	}

	/** Null when the signer may invoke the gateway; otherwise why not. */
	String refusal(SimulatedGateway gateway, String authorization) {
		return GatewayInvokePolicy.refusal(callers.principal(authorization), account.accountId(),
				WireFormat.gatewayArn(gateway.gatewayId(), account.region(), account.accountId()), policies.of(gateway));
	}

}
