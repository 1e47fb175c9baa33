package dev.agentcore.controlplane.simulator;

import tools.jackson.databind.JsonNode;

/**
 * CreatePolicyEngine / CreatePolicy / UpdatePolicy members as the simulator keeps them; the model's
 * constraints are checked before, by {@link ModelInputChecks}. The updates are PATCH (model of
 * 2026-03): a member left out keeps what the resource holds.
 */
final class PolicyInputRules {

	private PolicyInputRules() {
	}

	/** A CreatePolicyEngine's name. */
	static String engineName(JsonNode request) {
		return text(request.get("name"));
	}

	static String description(JsonNode request) {
		return text(request.get("description"));
	}

	/** CreatePolicyEngine's tags (a TagsMap; its size and patterns checked from the model). */
	static java.util.Map<String, String> tags(JsonNode request) {
		JsonNode tags = request.get("tags");
		if (tags == null || tags.isNull()) {
			return java.util.Map.of();
		}
		java.util.Map<String, String> map = new java.util.TreeMap<>();
		tags.properties().forEach(entry -> map.put(entry.getKey(), entry.getValue().asString()));
		return map;
	}

	static String clientToken(JsonNode request) {
		return text(request.get("clientToken"));
	}

	/** A CreatePolicy. */
	static PolicyInput policy(JsonNode request) {
		return new PolicyInput(text(request.get("name")), description(request), statement(request.get("definition")),
				validationMode(request), clientToken(request), enforcementMode(request, "ACTIVE"));
	}

	/** An UpdatePolicy (PATCH): the description and definition it leaves out stay as {@code current} holds them. */
	static PolicyInput update(JsonNode request, SimulatedPolicy current) {
		JsonNode definition = request.get("definition");
		return new PolicyInput(current.name(), updatedDescription(request, current.description()),
				definition == null || definition.isNull() ? current.statement() : statement(definition),
				validationMode(request), null, enforcementMode(request, current.enforcementMode()));
	}

	/**
	 * UpdatedDescription: left out keeps {@code current}; {@code {"optionalValue": "..."}} replaces it;
	 * the wrapper without optionalValue clears it.
	 */
	static String updatedDescription(JsonNode request, String current) {
		JsonNode wrapper = request.get("description");
		return wrapper == null || wrapper.isNull() ? current : text(wrapper.get("optionalValue"));
	}

	/** The Cedar statement; the simulator models Cedar definitions only. */
	private static String statement(JsonNode definition) {
		JsonNode cedar = definition.path("cedar");
		if (cedar.isMissingNode() || cedar.isNull()) {
			throw AwsError.validation("definition", "The simulator models Cedar definitions only");
		}
		return cedar.get("statement").asString();
	}

	/** EnforcementMode (its values checked from the model): ACTIVE when a create leaves it out; an update leaving it out keeps it. */
	private static String enforcementMode(JsonNode request, String current) {
		String mode = text(request.get("enforcementMode"));
		return mode == null ? current : mode;
	}

	private static String validationMode(JsonNode request) {
		String mode = text(request.get("validationMode"));
		return mode == null ? "FAIL_ON_ANY_FINDINGS" : mode;
	}

	private static String text(JsonNode node) {
		return node == null || node.isNull() ? null : node.asString();
	}

}
