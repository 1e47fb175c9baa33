package dev.agentcore.controlplane.simulator;

import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import static dev.agentcore.controlplane.simulator.WireFields.exactlyOne;
import static dev.agentcore.controlplane.simulator.WireFields.object;
import static dev.agentcore.controlplane.simulator.WireFields.oneOf;
import static dev.agentcore.controlplane.simulator.WireFields.string;

/** CreatePolicyEngine / CreatePolicy / UpdatePolicy validation, as the AgentCore API reference states it. */
final class PolicyInputRules {

	static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

	static final Pattern CLIENT_TOKEN = Pattern.compile(GatewayShapes.CLIENT_TOKEN);

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

	static String clientToken(JsonNode request) {
		return string(request, "clientToken", false, 33, 256, CLIENT_TOKEN);
	}

	/** A CreatePolicy (with a name) or an UpdatePolicy (whose name stays {@code currentName}). */
	static PolicyInput policy(JsonNode request, String currentName) {
		String name = currentName != null ? currentName : string(request, "name", true, 1, 48, NAME);
		JsonNode definition = object(request, "definition", true);
		exactlyOne(definition, "definition", Set.of("cedar"));
		String statement = string(object(definition, "cedar", true), "statement", true, 35, 10000, null);
		String mode = oneOf(request, "validationMode", false, VALIDATION_MODES);
		return new PolicyInput(name, description(request), statement, mode == null ? "FAIL_ON_ANY_FINDINGS" : mode,
				currentName == null ? clientToken(request) : null);
	}

}
