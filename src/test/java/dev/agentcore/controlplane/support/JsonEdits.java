package dev.agentcore.controlplane.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Changes one member of a JSON document, for tests that break one constraint at a time. */
public final class JsonEdits {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonEdits() {
	}

	/** {@code document} with the member at {@code pointer} set to {@code valueJson}, or removed when it is null. */
	public static String with(String document, String pointer, String valueJson) {
		ObjectNode root = (ObjectNode) JSON.readTree(document);
		int slash = pointer.lastIndexOf('/');
		JsonNode parent = slash == 0 ? root : root.at(pointer.substring(0, slash));
		String last = pointer.substring(slash + 1);
		if (parent.isMissingNode()) {
			throw new IllegalArgumentException("no parent for " + pointer + " in " + document);
		}
		if (parent instanceof ArrayNode array) {
			int index = Integer.parseInt(last);
			if (valueJson == null) {
				array.remove(index);
			}
			else if (index == array.size()) {
				array.add(JSON.readTree(valueJson));
			}
			else {
				array.set(index, JSON.readTree(valueJson));
			}
		}
		else if (valueJson == null) {
			((ObjectNode) parent).remove(last);
		}
		else {
			((ObjectNode) parent).set(last, JSON.readTree(valueJson));
		}
		return JSON.writeValueAsString(root);
	}

	/** A JSON string literal of {@code text}. */
	public static String string(String text) {
		return JSON.writeValueAsString(text);
	}

	/** A JSON object of {@code count} entries {@code key<i>: value}. */
	public static String entries(int count, String key, String value) {
		ObjectNode object = JSON.createObjectNode();
		for (int i = 0; i < count; i++) {
			object.put(key + i, value);
		}
		return JSON.writeValueAsString(object);
	}

}
