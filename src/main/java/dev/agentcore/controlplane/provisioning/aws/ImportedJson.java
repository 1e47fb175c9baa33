package dev.agentcore.controlplane.provisioning.aws;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** Reading AgentCore's raw JSON answers back into spec values: absent and null members are null. */
final class ImportedJson {

	private ImportedJson() {
	}

	static String text(JsonNode node, String member) {
		JsonNode value = node.path(member);
		return value.isMissingNode() || value.isNull() ? null : value.asString();
	}

	static List<String> list(JsonNode node) {
		return node.isArray() ? node.valueStream().map(JsonNode::asString).toList() : List.of();
	}

	static List<String> listOrNull(JsonNode node, String member) {
		return node.path(member).isArray() ? list(node.get(member)) : null;
	}

	static Map<String, String> map(JsonNode node) {
		Map<String, String> map = new LinkedHashMap<>();
		node.properties().forEach(entry -> map.put(entry.getKey(), entry.getValue().asString()));
		return map;
	}

	/** A JSON object as the plain maps and lists the spec keeps (tool input schemas). */
	@SuppressWarnings("unchecked")
	static Map<String, Object> object(JsonNode node) {
		return MemberShim.JSON.convertValue(node, Map.class);
	}

}
