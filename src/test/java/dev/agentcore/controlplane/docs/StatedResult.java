package dev.agentcore.controlplane.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What a page says a step prints ({@code # => ...}): a JSON fragment the output must contain (every key given, with
 * that value, recursively; every element of a given array matched by some element; [] only by an empty array), or else text it must contain.
 */
final class StatedResult {

	private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

	private StatedResult() {
	}

	/** Null when {@code output} shows {@code stated}, otherwise what differed. */
	static String mismatch(String stated, String output) {
		if (stated.isBlank()) {
			return "the page states nothing after '# =>'";
		}
		if (!stated.startsWith("{") && !stated.startsWith("[")) {
			return output.contains(stated) ? null : "expected the output to contain: " + stated;
		}
		JsonNode expected;
		try {
			expected = JSON.readTree(stated);
		}
		catch (JacksonException ex) {
			return "the page's stated result is not JSON (" + ex.getOriginalMessage() + "): " + stated;
		}
		JsonNode actual;
		try {
			actual = values(output);
		}
		catch (JacksonException ex) {
			return "expected JSON containing " + stated + " but the output is not JSON";
		}
		if (actual.isMissingNode()) {
			return "expected JSON containing " + stated + " but the output is empty";
		}
		String difference = difference("", expected, actual);
		return difference == null ? null : "expected JSON containing " + stated + ", but " + difference;
	}

	/** One JSON value, or several (jq '.items[]') as one array. */
	private static JsonNode values(String output) {
		List<JsonNode> values = new ArrayList<>();
		try (JsonParser parser = JSON.createParser(output)) {
			while (parser.nextToken() != null) {
				values.add(JSON.readTree(parser));
			}
		}
		if (values.isEmpty()) {
			return tools.jackson.databind.node.MissingNode.getInstance();
		}
		return values.size() == 1 ? values.get(0) : JsonNodeFactory.instance.arrayNode().addAll(values);
	}

	private static String difference(String path, JsonNode expected, JsonNode actual) {
		if (expected.isObject()) {
			if (!actual.isObject()) {
				return at(path) + " is " + actual + ", not an object";
			}
			for (Map.Entry<String, JsonNode> field : expected.properties()) {
				JsonNode value = actual.get(field.getKey());
				if (value == null) {
					return at(path + "/" + field.getKey()) + " is missing (the output has " + actual.propertyNames() + ")";
				}
				String difference = difference(path + "/" + field.getKey(), field.getValue(), value);
				if (difference != null) {
					return difference;
				}
			}
			return null;
		}
		if (expected.isArray()) {
			if (!actual.isArray()) {
				return at(path) + " is " + actual + ", not an array";
			}
			if (expected.isEmpty() && !actual.isEmpty()) {
				return at(path) + " is " + actual + ", not empty";
			}
			for (JsonNode element : expected) {
				boolean found = false;
				for (JsonNode candidate : actual) {
					found = found || difference(path, element, candidate) == null;
				}
				if (!found) {
					return at(path) + " has no element matching " + element + ": " + actual;
				}
			}
			return null;
		}
		if (expected.isNumber() && actual.isNumber()) {
			return expected.decimalValue().compareTo(actual.decimalValue()) == 0 ? null
					: at(path) + " is " + actual + ", not " + expected;
		}
		return expected.equals(actual) ? null : at(path) + " is " + actual + ", not " + expected;
	}

	private static String at(String path) {
		return path.isEmpty() ? "the output" : path;
	}

}
