package dev.agentcore.controlplane.simulator;

import java.time.Instant;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes resources the way AgentCore's REST-JSON responses carry them: member names of the
 * service model, timestamps in ISO-8601 (the model's date-time format), absent members left out.
 */
final class WireFormat {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private WireFormat() {
	}

	static ObjectNode gateway(SimulatedGateway gateway, String region, String account, String gatewayUrl) {
		ObjectNode node = NODES.objectNode();
		node.put("gatewayArn", gatewayArn(gateway.gatewayId(), region, account));
		node.put("gatewayId", gateway.gatewayId());
		node.put("gatewayUrl", gatewayUrl);
		timestamps(node, gateway.createdAt(), gateway.updatedAt());
		node.put("status", gateway.status());
		node.set("statusReasons", strings(gateway.statusReasons()));
		node.put("name", gateway.name());
		node.put("protocolType", "MCP");
		node.setAll(gateway.members().deepCopy());
		node.putObject("workloadIdentityDetails")
			.put("workloadIdentityArn", "arn:aws:bedrock-agentcore:" + region + ":" + account
					+ ":workload-identity-directory/default/workload-identity/" + gateway.gatewayId());
		return node;
	}

	static ObjectNode gatewaySummary(SimulatedGateway gateway) {
		ObjectNode node = NODES.objectNode();
		node.put("gatewayId", gateway.gatewayId());
		node.put("name", gateway.name());
		node.put("status", gateway.status());
		putIfPresent(node, "description", gateway.description());
		timestamps(node, gateway.createdAt(), gateway.updatedAt());
		node.put("authorizerType", gateway.authorizerType());
		node.put("protocolType", "MCP");
		return node;
	}

	static ObjectNode target(SimulatedTarget target, String region, String account) {
		ObjectNode node = NODES.objectNode();
		node.put("gatewayArn", gatewayArn(target.gatewayId(), region, account));
		node.put("targetId", target.targetId());
		timestamps(node, target.createdAt(), target.updatedAt());
		node.put("status", target.status());
		node.set("statusReasons", strings(target.statusReasons()));
		node.put("name", target.name());
		node.setAll(target.members().deepCopy());
		if (!node.has("credentialProviderConfigurations")) {
			node.putArray("credentialProviderConfigurations");
		}
		if (target.lastSynchronizedAt() != null) {
			node.put("lastSynchronizedAt", dateTime(target.lastSynchronizedAt()));
		}
		if (target.awaitingConsent()) {
			node.putObject("authorizationData")
				.putObject("oauth2")
				.put("authorizationUrl", target.consent().url())
				.put("userId", target.consent().userId());
		}
		node.put("protocolType", target.members().path("targetConfiguration").has("http") ? "HTTP" : "MCP");
		SimulatedPrivateEndpoints.managedResources(target, region, account)
			.ifPresent(resources -> node.set("privateEndpointManagedResources", resources));
		return node;
	}

	static ObjectNode targetSummary(SimulatedTarget target) {
		ObjectNode node = NODES.objectNode();
		node.put("targetId", target.targetId());
		node.put("name", target.name());
		node.put("status", target.status());
		putIfPresent(node, "description", target.description());
		timestamps(node, target.createdAt(), target.updatedAt());
		return node;
	}

	static String gatewayArn(String gatewayId, String region, String account) {
		return "arn:aws:bedrock-agentcore:" + region + ":" + account + ":gateway/" + gatewayId;
	}

	private static void timestamps(ObjectNode node, Instant created, Instant updated) {
		node.put("createdAt", dateTime(created));
		node.put("updatedAt", dateTime(updated));
	}

	static String dateTime(Instant instant) {
		return instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
	}

	private static ArrayNode strings(List<String> values) {
		ArrayNode array = NODES.arrayNode();
		values.forEach(array::add);
		return array;
	}

	private static void putIfPresent(ObjectNode node, String field, String value) {
		if (value != null) {
			node.put(field, value);
		}
	}

	private static void putIfPresent(ObjectNode node, String field, JsonNode value) {
		if (value != null && !value.isNull()) {
			node.set(field, value);
		}
	}

}
