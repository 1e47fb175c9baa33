package dev.agentcore.controlplane.gatewaytarget;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks inline schemas the way AgentCore will read them, so a broken one fails here, not in AWS.
 * The OpenAPI parser only ever sees a tree {@link InlineSchemaReader} built within its limits; it
 * never reads YAML text itself.
 */
final class SchemaChecks {

	static final String NOT_OPENAPI_3 = "must be an OpenAPI 3.x document (JSON or YAML with 'openapi: 3.x')";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private SchemaChecks() {
	}

	/** OpenAPI 3.x with at least one operation, every operation with an operationId. */
	static List<String> openApi(String inline) {
		com.fasterxml.jackson.databind.JsonNode tree;
		try {
			tree = InlineSchemaReader.read(inline);
		}
		catch (InlineSchemaReader.Unreadable ex) {
			return List.of(ex.getMessage());
		}
		if (!tree.isObject()) {
			return List.of(NOT_OPENAPI_3);
		}
		ParseOptions options = new ParseOptions();
		options.setResolve(false);
		SwaggerParseResult result = new OpenAPIV3Parser().parseJsonNode(null, tree, options);
		OpenAPI api = result == null ? null : result.getOpenAPI();
		List<String> problems = new ArrayList<>();
		if (api == null || api.getOpenapi() == null || !api.getOpenapi().startsWith("3.")) {
			problems.add(NOT_OPENAPI_3);
			return problems;
		}
		int operations = 0;
		Map<String, PathItem> paths = api.getPaths() == null ? Map.of() : api.getPaths();
		for (Map.Entry<String, PathItem> path : paths.entrySet()) {
			for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().readOperationsMap().entrySet()) {
				operations++;
				if (operation.getValue().getOperationId() == null || operation.getValue().getOperationId().isBlank()) {
					problems.add(operation.getKey() + " " + path.getKey() + " has no operationId; AgentCore names tools after them");
				}
			}
		}
		if (operations == 0) {
			problems.add("defines no operations, so the target would have no tools");
		}
		return problems;
	}

	/** A Smithy model in its JSON AST form: a 'smithy' version and a 'shapes' object. */
	static List<String> smithy(String inline) {
		JsonNode model;
		try {
			model = JSON.readTree(inline);
		}
		catch (JacksonException ex) {
			return List.of("must be a Smithy JSON AST (JSON), not IDL text");
		}
		List<String> problems = new ArrayList<>();
		if (!model.isObject() || !model.path("smithy").isString()) {
			problems.add("must have a 'smithy' version, e.g. \"2.0\"");
		}
		if (!model.path("shapes").isObject() || model.path("shapes").isEmpty()) {
			problems.add("must have a non-empty 'shapes' object");
		}
		return problems;
	}

}
