package dev.agentcore.controlplane.cedar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

/**
 * The tools of an inline OpenAPI target: one per operation, named {@code <target>___<operationId>},
 * whose input holds the operation's parameters and the properties of its JSON request body (a body that
 * is not an object is the input's {@code body}).
 */
final class OpenApiTools {

	private OpenApiTools() {
	}

	static List<ToolSignature> of(String target, String inline) {
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		options.setResolveFully(true);
		OpenAPI api = new OpenAPIV3Parser().readContents(inline, null, options).getOpenAPI();
		if (api == null || api.getPaths() == null) {
			return List.of();
		}
		List<ToolSignature> tools = new ArrayList<>();
		for (PathItem path : api.getPaths().values()) {
			for (Operation operation : path.readOperations()) {
				if (operation.getOperationId() != null && !operation.getOperationId().isBlank()) {
					tools.add(ToolSignature.of(target, operation.getOperationId(), input(path, operation)));
				}
			}
		}
		return tools;
	}

	private static Map<String, Object> input(PathItem path, Operation operation) {
		Map<String, Object> properties = new LinkedHashMap<>();
		List<String> required = new ArrayList<>();
		List<Parameter> parameters = new ArrayList<>();
		if (path.getParameters() != null) {
			parameters.addAll(path.getParameters());
		}
		if (operation.getParameters() != null) {
			parameters.addAll(operation.getParameters());
		}
		for (Parameter parameter : parameters) {
			if (parameter.getName() == null || parameter.getSchema() == null) {
				continue;
			}
			properties.put(parameter.getName(), map(parameter.getSchema()));
			if (Boolean.TRUE.equals(parameter.getRequired())) {
				required.add(parameter.getName());
			}
		}
		Schema<?> body = jsonBody(operation);
		if (body != null) {
			Map<String, Object> bodySchema = map(body);
			if (bodySchema.get("properties") instanceof Map<?, ?> bodyProperties) {
				bodyProperties.forEach((name, schema) -> properties.put(String.valueOf(name), schema));
				if (bodySchema.get("required") instanceof List<?> bodyRequired) {
					bodyRequired.forEach(name -> required.add(String.valueOf(name)));
				}
			}
			else {
				properties.put("body", bodySchema);
				if (Boolean.TRUE.equals(operation.getRequestBody().getRequired())) {
					required.add("body");
				}
			}
		}
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("type", "object");
		input.put("properties", properties);
		input.put("required", required);
		return input;
	}

	private static Schema<?> jsonBody(Operation operation) {
		if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
			return null;
		}
		MediaType json = operation.getRequestBody().getContent().get("application/json");
		return json == null ? null : json.getSchema();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Schema<?> schema) {
		return Json.mapper().convertValue(schema, Map.class);
	}

}
