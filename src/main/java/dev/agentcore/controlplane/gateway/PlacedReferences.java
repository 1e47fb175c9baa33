package dev.agentcore.controlplane.gateway;

import org.springframework.web.ErrorResponseException;

import dev.agentcore.controlplane.account.Placement;
import dev.agentcore.controlplane.web.Problems;

/**
 * What a gateway placed in another account may refer to. A policy engine the control plane manages lives in the control
 * plane's own account and region and is shared by the team's gateways; AgentCore attaches only an engine of the
 * gateway's own account and region, so a placed gateway attaching one by id is refused (409) rather than left to fail
 * in AWS: it names the engine of its account and region by ARN instead.
 */
final class PlacedReferences {

	private PlacedReferences() {
	}

	static void check(Placement placement, GatewaySpec spec) {
		GatewayMembers.PolicyEngine engine = spec.policyEngine();
		if (placement == null || placement.own() || engine == null || engine.policyEngineId() == null) {
			return;
		}
		throw engineNotInPlacement(placement);
	}

	static ErrorResponseException engineNotInPlacement(Placement placement) {
		return Problems.conflict("POLICY_ENGINE_NOT_IN_PLACEMENT", "policyEngine.policyEngineId names a policy engine of "
				+ "the control plane's own account and region, and the gateway is placed in account "
				+ placement.accountId() + ", region " + placement.region() + ", where AgentCore cannot attach it. Name an "
				+ "engine of account " + placement.accountId() + " in " + placement.region() + " by its ARN "
				+ "(policyEngine.arn) instead, or leave policyEngine out.");
	}

}
