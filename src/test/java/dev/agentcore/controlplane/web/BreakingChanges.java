package dev.agentcore.controlplane.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * What a newer OpenAPI document takes away from an older one, as clients see it: API paths and their
 * operations, operation parameters, schemas and their properties (nested ones too), and enum values.
 * Additions are never breaking.
 */
final class BreakingChanges {

	static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

	private BreakingChanges() {
	}

	static List<String> between(JsonNode released, JsonNode current) {
		List<String> removed = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : released.path("paths").properties()) {
			if (!path.getKey().startsWith("/api/")) {
				continue;
			}
			JsonNode now = current.path("paths").path(path.getKey());
			if (now.isMissingNode()) {
				removed.add("path " + path.getKey());
				continue;
			}
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				if (!METHODS.contains(operation.getKey())) {
					continue;
				}
				String where = operation.getKey().toUpperCase() + " " + path.getKey();
				JsonNode after = now.path(operation.getKey());
				if (after.isMissingNode()) {
					removed.add("operation " + where);
					continue;
				}
				for (JsonNode parameter : operation.getValue().path("parameters")) {
					JsonNode match = parameter(after, parameter.path("name").asString(), parameter.path("in").asString());
					String name = where + " parameter " + parameter.path("name").asString();
					if (match == null) {
						removed.add(name);
					}
					else {
						schema(parameter.path("schema"), match.path("schema"), name, removed);
					}
				}
			}
		}
		for (Map.Entry<String, JsonNode> schema : released.path("components").path("schemas").properties()) {
			JsonNode now = current.path("components").path("schemas").path(schema.getKey());
			if (now.isMissingNode()) {
				removed.add("schema " + schema.getKey());
			}
			else {
				schema(schema.getValue(), now, "schema " + schema.getKey(), removed);
			}
		}
		return removed;
	}

	private static void schema(JsonNode before, JsonNode after, String where, List<String> removed) {
		for (JsonNode value : before.path("enum")) {
			if (!contains(after.path("enum"), value)) {
				removed.add(where + " enum value " + value.asString());
			}
		}
		for (Map.Entry<String, JsonNode> property : before.path("properties").properties()) {
			JsonNode now = after.path("properties").path(property.getKey());
			if (now.isMissingNode()) {
				removed.add(where + " field " + property.getKey());
			}
			else {
				schema(property.getValue(), now, where + "." + property.getKey(), removed);
			}
		}
		if (before.has("items")) {
			schema(before.path("items"), after.path("items"), where + "[]", removed);
		}
	}

	private static JsonNode parameter(JsonNode operation, String name, String in) {
		for (JsonNode parameter : operation.path("parameters")) {
			if (parameter.path("name").asString().equals(name) && parameter.path("in").asString().equals(in)) {
				return parameter;
			}
		}
		return null;
	}

	private static boolean contains(JsonNode values, JsonNode value) {
		for (JsonNode candidate : values) {
			if (candidate.equals(value)) {
				return true;
			}
		}
		return false;
	}

}
