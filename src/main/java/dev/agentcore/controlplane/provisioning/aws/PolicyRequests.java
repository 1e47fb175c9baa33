package dev.agentcore.controlplane.provisioning.aws;

import java.util.List;

import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreatePolicyEngineRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreatePolicyRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.PolicyDefinition;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.UpdatePolicyEngineRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.UpdatePolicyRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.agentcore.controlplane.provisioning.DesiredPolicy;
import dev.agentcore.controlplane.provisioning.DesiredPolicyEngine;

/**
 * Policy engines and policies in AgentCore's current terms. UpdatePolicy and UpdatePolicyEngine are
 * PATCH with the description wrapped ({@code {"optionalValue": "..."}}; the wrapper alone clears it), where
 * SDK 2.40.2 sends PUT with a plain string: the shim sends the model's method and shape. The description
 * is always sent because the spec owns it, so a description removed from the spec is cleared in AWS.
 * A policy's enforcementMode (model of botocore 1.43.107; not in SDK 2.40.2) goes through the shim too.
 */
final class PolicyRequests {

	private PolicyRequests() {
	}

	static Shimmed<UpdatePolicyEngineRequest> updateEngine(String engineId, DesiredPolicyEngine desired) {
		UpdatePolicyEngineRequest request = UpdatePolicyEngineRequest.builder().policyEngineId(engineId).build();
		MemberShim.Exchange exchange = MemberShim.Exchange.patching(description(desired.description()));
		return new Shimmed<>(MemberShim.attach(request, exchange), exchange, List.of());
	}

	/** CreatePolicyEngine with the members SDK 2.40.2 lacks: encryptionKeyArn and tags. */
	static Shimmed<CreatePolicyEngineRequest> createEngine(DesiredPolicyEngine desired, String clientToken) {
		CreatePolicyEngineRequest request = CreatePolicyEngineRequest.builder()
			.name(desired.name())
			.description(desired.description())
			.clientToken(clientToken)
			.build();
		ObjectNode extra = MemberShim.JSON.createObjectNode();
		if (desired.encryptionKeyArn() != null) {
			extra.put("encryptionKeyArn", desired.encryptionKeyArn());
		}
		if (!desired.tags().isEmpty()) {
			extra.set("tags", MemberShim.JSON.valueToTree(new java.util.TreeMap<>(desired.tags())));
		}
		MemberShim.Exchange exchange = new MemberShim.Exchange(extra);
		return new Shimmed<>(MemberShim.attach(request, exchange), exchange, List.of());
	}

	static Shimmed<UpdatePolicyRequest> updatePolicy(String engineId, String policyId, DesiredPolicy desired) {
		UpdatePolicyRequest request = UpdatePolicyRequest.builder()
			.policyEngineId(engineId)
			.policyId(policyId)
			.definition(definition(desired))
			.validationMode(desired.validationMode())
			.build();
		ObjectNode extra = description(desired.description());
		extra.put("enforcementMode", desired.enforcementMode());
		MemberShim.Exchange exchange = MemberShim.Exchange.patching(extra);
		return new Shimmed<>(MemberShim.attach(request, exchange), exchange, List.of());
	}

	/** CreatePolicy with the members SDK 2.40.2 lacks: enforcementMode (ACTIVE or LOG_ONLY). */
	static Shimmed<CreatePolicyRequest> createPolicy(String engineId, DesiredPolicy desired, String clientToken) {
		CreatePolicyRequest request = CreatePolicyRequest.builder()
			.policyEngineId(engineId)
			.name(desired.name())
			.description(desired.description())
			.definition(definition(desired))
			.validationMode(desired.validationMode())
			.clientToken(clientToken)
			.build();
		MemberShim.Exchange exchange = new MemberShim.Exchange(
				MemberShim.JSON.createObjectNode().put("enforcementMode", desired.enforcementMode()));
		return new Shimmed<>(MemberShim.attach(request, exchange), exchange, List.of());
	}

	/** Whether AWS's answer (GetPolicy, raw) holds the desired enforcement mode; left out is AgentCore's ACTIVE. */
	static boolean sameEnforcement(JsonNode raw, DesiredPolicy desired) {
		return raw.path("enforcementMode").asString("ACTIVE").equals(desired.enforcementMode());
	}

	static PolicyDefinition definition(DesiredPolicy desired) {
		return PolicyDefinition.fromCedar(cedar -> cedar.statement(desired.statement()));
	}

	/** The UpdatedDescription member: the value wrapped, or the bare wrapper to clear it. */
	static ObjectNode description(String description) {
		ObjectNode extra = MemberShim.JSON.createObjectNode();
		ObjectNode wrapper = extra.putObject("description");
		if (description != null) {
			wrapper.put("optionalValue", description);
		}
		return extra;
	}

}
