package dev.agentcore.controlplane.cedar;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tool's JSON Schema in Cedar's schema types, as AgentCore maps them: string → String, integer →
 * Long, boolean → Bool, number → decimal; objects become records (properties not in {@code required}
 * optional) and arrays sets. What has no Cedar type is left out, with a note saying so.
 */
final class JsonSchemaTypes {

	private static final int MAX_DEPTH = 8;

	private JsonSchemaTypes() {
	}

	/** The record type of an object schema; an empty record when it declares no properties. */
	static Map<String, Object> record(Map<?, ?> objectSchema, String path, List<String> notes, int depth) {
		Map<String, Object> attributes = new LinkedHashMap<>();
		Object properties = objectSchema.get("properties");
		List<?> required = objectSchema.get("required") instanceof List<?> list ? list : List.of();
		if (properties instanceof Map<?, ?> declared) {
			for (Map.Entry<?, ?> property : declared.entrySet()) {
				String name = String.valueOf(property.getKey());
				Map<String, Object> type = type(property.getValue(), path + "." + name, notes, depth + 1);
				if (type == null) {
					continue;
				}
				if (!required.contains(name)) {
					type.put("required", false);
				}
				attributes.put(name, type);
			}
		}
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("type", "Record");
		record.put("attributes", attributes);
		return record;
	}

	/** The Cedar type of one schema, or null (with a note) when Cedar cannot express it. */
	static Map<String, Object> type(Object schema, String path, List<String> notes, int depth) {
		if (!(schema instanceof Map<?, ?> definition)) {
			notes.add(path + " has no JSON Schema object; left out of the Cedar schema");
			return null;
		}
		if (depth > MAX_DEPTH) {
			notes.add(path + " is nested more than " + MAX_DEPTH + " levels deep; left out of the Cedar schema");
			return null;
		}
		String jsonType = jsonType(definition);
		if (jsonType == null) {
			notes.add(path + " has no single JSON type (oneOf/anyOf or none); left out of the Cedar schema");
			return null;
		}
		return switch (jsonType) {
			case "string" -> primitive("String");
			case "integer" -> primitive("Long");
			case "boolean" -> primitive("Boolean");
			case "number" -> extension("decimal");
			case "object" -> record(definition, path, notes, depth);
			case "array" -> set(definition, path, notes, depth);
			default -> {
				notes.add(path + " has JSON type '" + jsonType + "', which Cedar cannot express; left out of the Cedar schema");
				yield null;
			}
		};
	}

	private static Map<String, Object> set(Map<?, ?> definition, String path, List<String> notes, int depth) {
		Map<String, Object> element = type(definition.get("items"), path + "[]", notes, depth + 1);
		if (element == null) {
			return null;
		}
		element.remove("required");
		Map<String, Object> set = new LinkedHashMap<>();
		set.put("type", "Set");
		set.put("element", element);
		return set;
	}

	private static String jsonType(Map<?, ?> definition) {
		Object type = definition.get("type");
		if (type instanceof String single) {
			return single;
		}
		if (type instanceof List<?> several) {
			List<?> nonNull = several.stream().filter(each -> !"null".equals(each)).toList();
			return nonNull.size() == 1 && nonNull.getFirst() instanceof String single ? single : null;
		}
		if (definition.get("properties") instanceof Map<?, ?>) {
			return "object";
		}
		if (definition.get("enum") instanceof List<?> values && !values.isEmpty()
				&& values.stream().allMatch(String.class::isInstance)) {
			return "string";
		}
		return null;
	}

	private static Map<String, Object> primitive(String name) {
		Map<String, Object> type = new LinkedHashMap<>();
		type.put("type", name);
		return type;
	}

	private static Map<String, Object> extension(String name) {
		Map<String, Object> type = primitive("Extension");
		type.put("name", name);
		return type;
	}

}
