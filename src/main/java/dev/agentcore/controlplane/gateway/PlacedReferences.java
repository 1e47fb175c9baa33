package dev.agentcore.controlplane.gateway;

import org.springframework.web.ErrorResponseException;

import dev.agentcore.controlplane.account.Placement;
import dev.agentcore.controlplane.web.Problems;

/**
 * The problem of a gateway attaching a policy engine of another account or region. AgentCore attaches only an engine
 * of the gateway's own account and region, so the attachment is refused (409) rather than left to fail in AWS, or the
 * engine silently copied into the gateway's account (two engines whose policies would drift apart).
 */
final class PlacedReferences {

	private PlacedReferences() {
	}

	static ErrorResponseException engineNotInPlacement(Placement gateway, Placement engine) {
		return Problems.conflict("POLICY_ENGINE_NOT_IN_PLACEMENT", "policyEngine.policyEngineId names a policy engine "
				+ "of " + engine + ", and the gateway lives in " + gateway + ", where AgentCore cannot attach it. "
				+ "Attach an engine placed where the gateway is (" + declaredThere(gateway) + "), or leave policyEngine out.");
	}

	private static String declaredThere(Placement placement) {
		return placement.own() ? "one declared without a placement, in the control plane's own account and region"
				: "POST /api/v1/policy-engines with \"placement\": {\"accountId\": \"" + placement.accountId()
						+ "\", \"region\": \"" + placement.region() + "\"}";
	}

}
