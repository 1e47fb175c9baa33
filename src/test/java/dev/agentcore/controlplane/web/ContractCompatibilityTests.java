package dev.agentcore.controlplane.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed contract keeps what the last release promised: a removed path, operation, parameter,
 * field or enum value fails the build unless info.version changed. A release copies openapi/openapi.json
 * to openapi/released/ (replacing the previous copy) when it ships.
 */
class ContractCompatibilityTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final Path RELEASED = Path.of("openapi", "released", "v1.json");

	static final Path COMMITTED = Path.of("openapi", "openapi.json");

	@Test
	void theCommittedContractBreaksNothingOfTheReleasedOneUnlessTheVersionChanged() throws IOException {
		JsonNode released = JSON.readTree(Files.readString(RELEASED));
		JsonNode committed = JSON.readTree(Files.readString(COMMITTED));
		List<String> removed = BreakingChanges.between(released, committed);
		if (!released.at("/info/version").equals(committed.at("/info/version"))) {
			System.out.println("info.version changed; breaking changes allowed: " + removed);
			return;
		}
		assertThat(removed).as("openapi/openapi.json removes what %s (version %s) offers; keep it, or change info.version",
				RELEASED, released.at("/info/version").asString()).isEmpty();
	}

	@Test
	void detectsRemovedPathsOperationsParametersFieldsAndEnumValues() {
		JsonNode released = JSON.readTree("""
				{"info": {"version": "v1"}, "paths": {
				  "/api/v1/a": {"get": {"parameters": [{"name": "phase", "in": "query", "schema": {"enum": ["READY", "FAILED"]}}]},
				                "post": {}},
				  "/api/v1/b": {"get": {}}, "/error": {"get": {}}},
				 "components": {"schemas": {"A": {"properties": {"x": {"type": "string"},
				   "y": {"properties": {"z": {"enum": ["ON", "OFF"]}}}, "list": {"items": {"properties": {"w": {}}}}}},
				   "Gone": {}}}}""");
		JsonNode current = JSON.readTree("""
				{"info": {"version": "v1"}, "paths": {
				  "/api/v1/a": {"get": {"parameters": [{"name": "phase", "in": "query", "schema": {"enum": ["READY", "NEW"]}}]}}},
				 "components": {"schemas": {"A": {"properties": {"y": {"properties": {"z": {"enum": ["ON"]}}},
				   "list": {"items": {"properties": {}}}, "added": {}}}}}}""");
		assertThat(BreakingChanges.between(released, current)).containsExactlyInAnyOrder(
				"GET /api/v1/a parameter phase enum value FAILED", "operation POST /api/v1/a", "path /api/v1/b",
				"schema A field x", "schema A.y.z enum value OFF", "schema A.list[] field w", "schema Gone");
		assertThat(BreakingChanges.between(current, current)).isEmpty();
	}

}
