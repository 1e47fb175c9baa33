package dev.agentcore.controlplane.provisioning;

import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewayMembers;
import dev.agentcore.controlplane.gateway.ResourcePolicyRules;

/**
 * A gateway's resource policy once AWS made the gateway: not part of UpdateGateway, so it converges on its own
 * with GetResourcePolicy, then PutResourcePolicy (or DeleteResourcePolicy when a spec that owns it no longer
 * declares one). A spec that never declared one leaves whatever AWS holds. A difference from a generation already
 * applied is drift, reported and set back like any owned member.
 */
@Component
class GatewayResourcePolicy {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ResourcePolicies policies;

	GatewayResourcePolicy(ResourcePolicies policies) {
		this.policies = policies;
	}

	void converge(Gateway gateway, String gatewayArn, Report report) {
		if (gatewayArn == null || !gateway.spec().owns(GatewayMembers.RESOURCE_POLICY)) {
			return;
		}
		JsonNode wanted = gateway.spec().resourcePolicy();
		Optional<String> held = policies.get(gatewayArn);
		if (PolicyDocumentEquivalence.same(held.map(GatewayResourcePolicy::parsed).orElse(null), wanted)) {
			return;
		}
		if (gateway.status().observedGeneration() >= gateway.generation()) {
			report.drift("The resource policy of gateway " + gateway.name() + " was "
					+ (held.isEmpty() ? "deleted" : "changed") + " outside the control plane; setting it back.");
		}
		if (wanted == null) {
			AgentCore.Call<Void> call = policies.delete(gatewayArn);
			report.awsCall("DeleteResourcePolicy", call.requestId(), "removed the resource policy (the spec no longer "
					+ "declares one)");
			return;
		}
		AgentCore.Call<Void> call = policies.put(gatewayArn, ResourcePolicyRules.text(wanted));
		report.awsCall("PutResourcePolicy", call.requestId(), "the resource policy of generation " + gateway.generation());
	}

	/** What AWS holds, as a document; text that is not JSON differs from any document. */
	private static JsonNode parsed(String policy) {
		try {
			return JSON.readTree(policy);
		}
		catch (JacksonException ex) {
			return JSON.getNodeFactory().stringNode(policy);
		}
	}

}
