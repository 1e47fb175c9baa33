package dev.agentcore.controlplane.gatewaytarget;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Inline schemas read the way AgentCore will read them. */
class SchemaChecksTests {

	static final String NOT_OPENAPI_3 = "must be an OpenAPI 3.x document (JSON or YAML with 'openapi: 3.x')";

	static final String NO_OPERATIONS = "defines no operations, so the target would have no tools";

	static final String NOT_JSON = "must be a Smithy JSON AST (JSON), not IDL text";

	static final String NO_VERSION = "must have a 'smithy' version, e.g. \"2.0\"";

	static final String NO_SHAPES = "must have a non-empty 'shapes' object";

	@Test
	void openApiJsonWithNamedOperationsPasses() {
		assertThat(SchemaChecks.openApi(ordersApi("3.0.3"))).isEmpty();
	}

	@Test
	void openApi31InYamlPasses() {
		assertThat(SchemaChecks.openApi("""
				openapi: 3.1.0
				info: {title: Orders, version: "1"}
				paths:
				  /orders/{id}:
				    get:
				      operationId: getOrder
				      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
				      responses: {"200": {description: ok}}
				""")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}", "not a schema at all",
			"{\"info\": {\"title\": \"t\"}}", "[]" })
	void anythingButOpenApi3IsRefusedWithOneProblem(String inline) {
		assertThat(SchemaChecks.openApi(inline)).containsExactly(NOT_OPENAPI_3);
	}

	@Test
	void openApi2VersionNumberIsRefused() {
		assertThat(SchemaChecks.openApi(ordersApi("2.0"))).containsExactly(NOT_OPENAPI_3);
	}

	@Test
	void everyOperationNeedsAnOperationId() {
		String api = """
				{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {
				 "/orders": {
				   "get": {"operationId": "listOrders", "responses": {"200": {"description": "ok"}}},
				   "post": {"responses": {"201": {"description": "created"}}}},
				 "/orders/{id}": {
				   "delete": {"operationId": "  ", "responses": {"204": {"description": "gone"}}}}}}""";
		assertThat(SchemaChecks.openApi(api)).containsExactlyInAnyOrder(
				"POST /orders has no operationId; AgentCore names tools after them",
				"DELETE /orders/{id} has no operationId; AgentCore names tools after them");
	}

	@Test
	void apiWithoutOperationsHasNoTools() {
		assertThat(SchemaChecks.openApi("""
				{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}}""")).containsExactly(NO_OPERATIONS);
		assertThat(SchemaChecks.openApi("""
				{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/orders": {}}}"""))
			.as("a path without operations").containsExactly(NO_OPERATIONS);
	}

	@Test
	void smithyJsonAstPasses() {
		assertThat(SchemaChecks.smithy("""
				{"smithy": "2.0", "shapes": {"example.weather#Weather": {"type": "service", "version": "2006-03-01"}}}"""))
			.isEmpty();
	}

	@Test
	void smithyIdlTextIsRefusedAsNotJson() {
		assertThat(SchemaChecks.smithy("""
				$version: "2"
				namespace example.weather
				service Weather { version: "2006-03-01" }""")).containsExactly(NOT_JSON);
		assertThat(SchemaChecks.smithy("{\"smithy\": ")).as("broken JSON").containsExactly(NOT_JSON);
	}

	@Test
	void smithyNeedsAVersionString() {
		assertThat(SchemaChecks.smithy("{\"shapes\": {\"a#B\": {\"type\": \"string\"}}}")).containsExactly(NO_VERSION);
		assertThat(SchemaChecks.smithy("{\"smithy\": 2.0, \"shapes\": {\"a#B\": {\"type\": \"string\"}}}"))
			.as("a number is not a version string").containsExactly(NO_VERSION);
	}

	@Test
	void smithyNeedsNonEmptyShapes() {
		assertThat(SchemaChecks.smithy("{\"smithy\": \"2.0\"}")).containsExactly(NO_SHAPES);
		assertThat(SchemaChecks.smithy("{\"smithy\": \"2.0\", \"shapes\": {}}")).containsExactly(NO_SHAPES);
		assertThat(SchemaChecks.smithy("{\"smithy\": \"2.0\", \"shapes\": [\"a#B\"]}")).containsExactly(NO_SHAPES);
	}

	@Test
	void smithyNotAnObjectMissesBoth() {
		assertThat(SchemaChecks.smithy("[1, 2]")).containsExactly(NO_VERSION, NO_SHAPES);
		assertThat(SchemaChecks.smithy("\"2.0\"")).containsExactly(NO_VERSION, NO_SHAPES);
		assertThat(SchemaChecks.smithy("{}")).containsExactly(NO_VERSION, NO_SHAPES);
	}

	static String ordersApi(String version) {
		return """
				{"openapi": "%s", "info": {"title": "Orders", "version": "1"},
				 "paths": {"/orders": {"get": {"operationId": "listOrders", "responses": {"200": {"description": "ok"}}}}}}"""
			.formatted(version);
	}

}
