package dev.agentcore.controlplane.simulator;

import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Policy engines and policies the way AgentCore's REST-JSON responses carry them (members of the service model). */
final class PolicyWireFormat {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private PolicyWireFormat() {
	}

	static ObjectNode engine(SimulatedPolicyEngine engine, String region, String account) {
		ObjectNode node = NODES.objectNode();
		node.put("policyEngineId", engine.policyEngineId());
		node.put("name", engine.name());
		if (engine.description() != null) {
			node.put("description", engine.description());
		}
		node.put("createdAt", WireFormat.dateTime(engine.createdAt()));
		node.put("updatedAt", WireFormat.dateTime(engine.updatedAt()));
		node.put("policyEngineArn", engine.arn(region, account));
		if (engine.encryptionKeyArn() != null) {
			node.put("encryptionKeyArn", engine.encryptionKeyArn());
		}
		node.put("status", engine.status());
		node.set("statusReasons", strings(engine.statusReasons()));
		return node;
	}

	static ObjectNode policy(SimulatedPolicy policy, String region, String account) {
		ObjectNode node = NODES.objectNode();
		node.put("policyId", policy.policyId());
		node.put("name", policy.name());
		node.put("policyEngineId", policy.policyEngineId());
		node.putObject("definition").putObject("cedar").put("statement", policy.statement());
		if (policy.description() != null) {
			node.put("description", policy.description());
		}
		node.put("createdAt", WireFormat.dateTime(policy.createdAt()));
		node.put("updatedAt", WireFormat.dateTime(policy.updatedAt()));
		node.put("policyArn", policy.arn(region, account));
		node.put("enforcementMode", policy.enforcementMode());
		node.put("status", policy.status());
		node.set("statusReasons", strings(policy.statusReasons()));
		return node;
	}

	private static ArrayNode strings(List<String> values) {
		ArrayNode array = NODES.arrayNode();
		values.forEach(array::add);
		return array;
	}

}
