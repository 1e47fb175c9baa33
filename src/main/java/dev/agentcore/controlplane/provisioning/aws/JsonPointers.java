package dev.agentcore.controlplane.provisioning.aws;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes a value at a JSON pointer, creating the objects and arrays on the way (for {@link MemberShim}'s overlays). */
final class JsonPointers {

	private JsonPointers() {
	}

	static void put(ObjectNode root, String pointer, JsonNode value) {
		String[] steps = pointer.substring(1).split("/");
		JsonNode parent = root;
		for (int i = 0; i < steps.length - 1; i++) {
			parent = child(parent, steps[i], isIndex(steps[i + 1]));
		}
		String last = steps[steps.length - 1];
		if (parent instanceof ArrayNode array) {
			pad(array, Integer.parseInt(last));
			array.set(Integer.parseInt(last), value);
		}
		else {
			((ObjectNode) parent).set(last, value);
		}
	}

	/** The dotted member path AgentCore's messages use: {@code /protocolConfiguration/mcp} is {@code protocolConfiguration.mcp}. */
	static String dotted(String pointer) {
		return pointer.substring(1).replace('/', '.');
	}

	private static JsonNode child(JsonNode parent, String step, boolean array) {
		if (parent instanceof ArrayNode list) {
			int index = Integer.parseInt(step);
			pad(list, index);
			if (!list.get(index).isContainer() || list.get(index).isEmpty() && array != list.get(index).isArray()) {
				list.set(index, array ? list.arrayNode() : list.objectNode());
			}
			return list.get(index);
		}
		ObjectNode object = (ObjectNode) parent;
		JsonNode existing = object.get(step);
		if (existing == null || !existing.isContainer()) {
			return array ? object.putArray(step) : object.putObject(step);
		}
		return existing;
	}

	private static void pad(ArrayNode array, int index) {
		while (array.size() <= index) {
			array.addObject();
		}
	}

	private static boolean isIndex(String step) {
		return !step.isEmpty() && step.chars().allMatch(Character::isDigit);
	}

}
