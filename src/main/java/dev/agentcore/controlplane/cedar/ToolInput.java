package dev.agentcore.controlplane.cedar;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.cedarpolicy.value.CedarList;
import com.cedarpolicy.value.CedarMap;
import com.cedarpolicy.value.Decimal;
import com.cedarpolicy.value.PrimBool;
import com.cedarpolicy.value.PrimLong;
import com.cedarpolicy.value.PrimString;
import com.cedarpolicy.value.Value;

import dev.agentcore.controlplane.cedar.ToolCallAuthorization.InputError;

/**
 * A tool call's arguments as {@code context.input}: typed by the tool's input schema the way the
 * generated Cedar schema types them (integer → Long, number → decimal with at most 4 decimals, ...);
 * arguments the schema does not declare cannot be in a Cedar record and are left out, with a note.
 *
 * @param record the Cedar record
 * @param errors arguments that do not fit the tool's schema (or Cedar)
 * @param notes what was left out
 */
record ToolInput(CedarMap record, List<InputError> errors, List<String> notes) {

	private static final BigDecimal DECIMAL_LIMIT = new BigDecimal("922337203685477.5807");

	/** Typed by {@code schema} (an object schema); null types by each value's JSON kind (unknown tools). */
	static ToolInput of(Map<String, Object> schema, Map<String, Object> input) {
		List<InputError> errors = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		CedarMap record = schema == null ? (CedarMap) untyped(input, "input", errors, 0)
				: typedRecord(schema, input, "input", errors, notes, 0);
		return new ToolInput(record, errors, notes);
	}

	private static CedarMap typedRecord(Map<?, ?> schema, Map<?, ?> input, String path, List<InputError> errors,
			List<String> notes, int depth) {
		Map<?, ?> properties = schema.get("properties") instanceof Map<?, ?> declared ? declared : Map.of();
		List<?> required = schema.get("required") instanceof List<?> list ? list : List.of();
		CedarMap record = new CedarMap();
		for (Object name : required) {
			if (!input.containsKey(name) && properties.containsKey(name)) {
				errors.add(new InputError(path + "." + name, "is required by the tool's input schema"));
			}
		}
		for (Map.Entry<?, ?> argument : input.entrySet()) {
			String name = String.valueOf(argument.getKey());
			Object propertySchema = properties.get(name);
			if (propertySchema == null || JsonSchemaTypes.type(propertySchema, name, new ArrayList<>(), 0) == null) {
				notes.add(path + "." + name + " is not a typed property of the tool's input schema; Cedar's context.input "
						+ "cannot hold it, so policies do not see it");
				continue;
			}
			if (argument.getValue() == null) {
				continue;
			}
			Value value = typed((Map<?, ?>) propertySchema, argument.getValue(), path + "." + name, errors, notes, depth + 1);
			if (value != null) {
				record.put(name, value);
			}
		}
		return record;
	}

	private static Value typed(Map<?, ?> schema, Object value, String path, List<InputError> errors, List<String> notes,
			int depth) {
		if ((value instanceof Map<?, ?> || value instanceof List<?>) && depth >= MAX_UNTYPED_DEPTH) {
			// A tool's own schema may nest deeper than Cedar's request parser takes: refused like untyped input.
			errors.add(new InputError(path, "is nested more than " + MAX_UNTYPED_DEPTH + " objects or arrays deep; "
					+ "Cedar cannot evaluate a context that deep"));
			return null;
		}
		Map<String, Object> cedarType = JsonSchemaTypes.type(schema, path, new ArrayList<>(), 0);
		String type = String.valueOf(cedarType.get("type"));
		return switch (type) {
			case "String" -> value instanceof String text ? new PrimString(text) : wrong(path, "a string", errors);
			case "Long" -> integral(value) ? new PrimLong(((Number) value).longValue()) : wrong(path, "an integer (Cedar Long)", errors);
			case "Boolean" -> value instanceof Boolean bool ? new PrimBool(bool) : wrong(path, "true or false", errors);
			case "Extension" -> value instanceof Number number ? decimal(number, path, errors) : wrong(path, "a number", errors);
			case "Record" -> value instanceof Map<?, ?> map ? typedRecord(schema, map, path, errors, notes, depth)
					: wrong(path, "an object", errors);
			case "Set" -> value instanceof List<?> list ? set(schema, list, path, errors, notes, depth)
					: wrong(path, "an array", errors);
			default -> wrong(path, "a value Cedar can type", errors);
		};
	}

	private static Value set(Map<?, ?> schema, List<?> values, String path, List<InputError> errors, List<String> notes,
			int depth) {
		CedarList set = new CedarList();
		for (int i = 0; i < values.size(); i++) {
			Value element = typed((Map<?, ?>) schema.get("items"), values.get(i), path + "[" + i + "]", errors, notes,
					depth + 1);
			if (element != null) {
				set.add(element);
			}
		}
		return set;
	}

	/**
	 * Input typed without a schema is nested at most this deep: Cedar's request parser refuses deeper values
	 * (a recursion limit of 128), which would otherwise come back as an internal error.
	 */
	static final int MAX_UNTYPED_DEPTH = 32;

	private static Value untyped(Object value, String path, List<InputError> errors, int depth) {
		if ((value instanceof Map<?, ?> || value instanceof List<?>) && depth >= MAX_UNTYPED_DEPTH) {
			errors.add(new InputError(path, "is nested more than " + MAX_UNTYPED_DEPTH + " objects or arrays deep; "
					+ "Cedar's context cannot hold it"));
			return null;
		}
		if (value instanceof Map<?, ?> map) {
			CedarMap record = new CedarMap();
			map.forEach((name, member) -> {
				Value converted = member == null ? null : untyped(member, path + "." + name, errors, depth + 1);
				if (converted != null) {
					record.put(String.valueOf(name), converted);
				}
			});
			return record;
		}
		if (value instanceof List<?> list) {
			CedarList set = new CedarList();
			for (int i = 0; i < list.size(); i++) {
				Value converted = list.get(i) == null ? null : untyped(list.get(i), path + "[" + i + "]", errors, depth + 1);
				if (converted != null) {
					set.add(converted);
				}
			}
			return set;
		}
		if (value instanceof String text) {
			return new PrimString(text);
		}
		if (value instanceof Boolean bool) {
			return new PrimBool(bool);
		}
		return integral(value) ? new PrimLong(((Number) value).longValue()) : decimal((Number) value, path, errors);
	}

	private static boolean integral(Object value) {
		return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
				|| (value instanceof BigInteger big && big.bitLength() < 64);
	}

	private static Value decimal(Number number, String path, List<InputError> errors) {
		BigDecimal decimal = number instanceof BigDecimal big ? big : new BigDecimal(number.toString());
		if (decimal.stripTrailingZeros().scale() > 4 || decimal.abs().compareTo(DECIMAL_LIMIT) > 0) {
			errors.add(new InputError(path, "must fit Cedar's decimal: at most 4 decimal places and at most "
					+ DECIMAL_LIMIT.toPlainString() + " in magnitude"));
			return null;
		}
		BigDecimal scaled = decimal.setScale(Math.max(1, Math.max(0, decimal.stripTrailingZeros().scale())));
		return new Decimal(scaled.toPlainString());
	}

	private static Value wrong(String path, String expected, List<InputError> errors) {
		errors.add(new InputError(path, "must be " + expected + ", as the tool's input schema says"));
		return null;
	}

	/** The arguments as they go to Cedar, for the answer. */
	static Map<String, Object> shown(Map<String, Object> input, CedarMap record) {
		Map<String, Object> shown = new LinkedHashMap<>();
		input.forEach((name, value) -> {
			if (record.containsKey(name)) {
				shown.put(name, value);
			}
		});
		return shown;
	}

}
