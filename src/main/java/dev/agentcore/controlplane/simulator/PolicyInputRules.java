package dev.agentcore.controlplane.simulator;

import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import static dev.agentcore.controlplane.simulator.WireFields.exactlyOne;
import static dev.agentcore.controlplane.simulator.WireFields.object;
import static dev.agentcore.controlplane.simulator.WireFields.oneOf;
import static dev.agentcore.controlplane.simulator.WireFields.string;

/**
 * CreatePolicyEngine / CreatePolicy / UpdatePolicy validation, as the AgentCore API reference states it.
 * The updates are PATCH (model of 2026-03): a member left out keeps what the resource holds.
 */
final class PolicyInputRules {

	static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

	static final Pattern CLIENT_TOKEN = Pattern.compile(GatewayShapes.CLIENT_TOKEN);

	static final Set<String> ENFORCEMENT_MODES = Set.of("ACTIVE", "LOG_ONLY");

	static final Set<String> VALIDATION_MODES = Set.of("FAIL_ON_ANY_FINDINGS", "IGNORE_ALL_FINDINGS");

	private PolicyInputRules() {
	}

	/** A CreatePolicyEngine: name, description, clientToken. */
	static String engineName(JsonNode request) {
		return string(request, "name", true, 1, 48, NAME);
	}

	static String description(JsonNode request) {
		return string(request, "description", false, 1, 4096, null);
	}

	/** CreatePolicyEngine's tags (a TagsMap: at most 50). */
	static java.util.Map<String, String> tags(JsonNode request) {
		JsonNode tags = object(request, "tags", false);
		if (tags == null) {
			return java.util.Map.of();
		}
		if (tags.size() > 50) {
			throw AwsError.validation("tags", "Member must have length less than or equal to 50");
		}
		java.util.Map<String, String> map = new java.util.TreeMap<>();
		tags.properties().forEach(entry -> map.put(entry.getKey(), entry.getValue().asString()));
		return map;
	}

	static String clientToken(JsonNode request) {
		return string(request, "clientToken", false, 33, 256, CLIENT_TOKEN);
	}

	/** A CreatePolicy. */
	static PolicyInput policy(JsonNode request) {
		String name = string(request, "name", true, 1, 48, NAME);
		String statement = statement(object(request, "definition", true));
		return new PolicyInput(name, description(request), statement, validationMode(request), clientToken(request),
				enforcementMode(request, "ACTIVE"));
	}

	/** An UpdatePolicy (PATCH): the description and definition it leaves out stay as {@code current} holds them. */
	static PolicyInput update(JsonNode request, SimulatedPolicy current) {
		JsonNode definition = object(request, "definition", false);
		return new PolicyInput(current.name(), updatedDescription(request, current.description()),
				definition == null ? current.statement() : statement(definition), validationMode(request), null,
				enforcementMode(request, current.enforcementMode()));
	}

	/**
	 * UpdatedDescription: left out keeps {@code current}; {@code {"optionalValue": "..."}} replaces it;
	 * the wrapper without optionalValue clears it. A plain string is not the model's shape.
	 */
	static String updatedDescription(JsonNode request, String current) {
		JsonNode wrapper = object(request, "description", false);
		return wrapper == null ? current : string(wrapper, "optionalValue", false, 1, 4096, null);
	}

	private static String statement(JsonNode definition) {
		exactlyOne(definition, "definition", Set.of("cedar"));
		return string(object(definition, "cedar", true), "statement", true, 35, 10000, null);
	}

	/** EnforcementMode: ACTIVE (AgentCore's, when left out of a create) or LOG_ONLY; an update leaving it out keeps it. */
	private static String enforcementMode(JsonNode request, String current) {
		String mode = oneOf(request, "enforcementMode", false, ENFORCEMENT_MODES);
		return mode == null ? current : mode;
	}

	private static String validationMode(JsonNode request) {
		String mode = oneOf(request, "validationMode", false, VALIDATION_MODES);
		return mode == null ? "FAIL_ON_ANY_FINDINGS" : mode;
	}

}
