package dev.agentcore.controlplane.cedar;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A tool call's arguments as Cedar's context.input, typed by the tool's own schema. */
class ToolInputTests {

	@Test
	void inputTypedByADeeplyNestedSchemaStopsAtTheDepthCedarTakes() {
		int levels = ToolInput.MAX_UNTYPED_DEPTH + 8;
		ToolInput input = ToolInput.of(nestedSchema(levels), nestedValue(levels));
		assertThat(input.errors()).singleElement().satisfies(error -> {
			assertThat(error.message()).contains("nested more than " + ToolInput.MAX_UNTYPED_DEPTH);
			assertThat(error.field()).startsWith("input.a.a.a");
		});
	}

	@Test
	void inputWithinTheDepthIsTypedAsTheSchemaSays() {
		ToolInput input = ToolInput.of(nestedSchema(3), nestedValue(3));
		assertThat(input.errors()).isEmpty();
		assertThat(input.record().toString()).contains("leaf");
	}

	/** {"type": "object", "properties": {"a": {... levels deep ..., "properties": {"leaf": {"type": "string"}}}}} */
	private static Map<String, Object> nestedSchema(int levels) {
		Map<String, Object> schema = Map.of("type", "object", "properties", Map.of("leaf", Map.of("type", "string")));
		for (int i = 0; i < levels; i++) {
			schema = Map.of("type", "object", "properties", Map.of("a", schema));
		}
		return schema;
	}

	private static Map<String, Object> nestedValue(int levels) {
		Map<String, Object> value = new LinkedHashMap<>(Map.of("leaf", "leaf"));
		for (int i = 0; i < levels; i++) {
			value = new LinkedHashMap<>(Map.of("a", value));
		}
		return value;
	}

}
