package dev.agentcore.controlplane.gatewaytarget;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tools a target's declaration promises, named as AgentCore lists them: {@code <target>___<tool>}.
 * Known from an inline declaration (Lambda tool definitions, OpenAPI operationIds, Smithy operations,
 * API Gateway tool overrides, an MCP server's static tool schema); unknown (empty) for schemas in S3,
 * for MCP servers listed dynamically and for Runtime agents, whose tools come from elsewhere.
 */
public final class DeclaredTools {

	/** AgentCore's separator between a target's name and its tool's. */
	public static final String SEPARATOR = "___";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private DeclaredTools() {
	}

	/** The tool names, or empty when the declaration does not say which tools there will be. */
	public static Optional<List<String>> of(GatewayTarget target) {
		Optional<List<String>> tools = switch (target.type()) {
			case LAMBDA -> target.spec().lambda().toolSchema().inline() == null ? Optional.empty()
					: Optional.of(target.spec().lambda().toolSchema().inline().stream().map(TargetBlocks.ToolDefinition::name).toList());
			case OPENAPI -> Optional.ofNullable(target.spec().openApi().inline()).map(DeclaredTools::operationIds);
			case SMITHY -> Optional.ofNullable(target.spec().smithy().inline()).map(DeclaredTools::smithyOperations);
			case API_GATEWAY -> target.spec().apiGateway().toolOverrides() == null ? Optional.empty()
					: Optional.of(target.spec().apiGateway().toolOverrides().stream().map(TargetBlocks.ToolOverride::name).toList());
			case MCP_SERVER -> target.spec().mcpServer().toolSchema() == null
					|| target.spec().mcpServer().toolSchema().inline() == null ? Optional.empty()
							: Optional.of(target.spec().mcpServer().toolSchema().inline().stream().map(TargetBlocks.ToolDefinition::name).toList());
			case AGENTCORE_RUNTIME -> Optional.empty();
		};
		return tools.map(names -> names.stream().map(name -> target.name() + SEPARATOR + name).toList());
	}

	private static List<String> operationIds(String document) {
		ParseOptions options = new ParseOptions();
		options.setResolve(false);
		OpenAPI api = new OpenAPIV3Parser().readContents(document, null, options).getOpenAPI();
		List<String> ids = new ArrayList<>();
		if (api != null && api.getPaths() != null) {
			for (PathItem path : api.getPaths().values()) {
				for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.readOperationsMap().entrySet()) {
					if (operation.getValue().getOperationId() != null) {
						ids.add(operation.getValue().getOperationId());
					}
				}
			}
		}
		return ids;
	}

	private static List<String> smithyOperations(String model) {
		List<String> names = new ArrayList<>();
		try {
			JSON.readTree(model).path("shapes").properties().forEach(shape -> {
				if ("operation".equals(shape.getValue().path("type").asString(null))) {
					names.add(shape.getKey().substring(shape.getKey().indexOf('#') + 1));
				}
			});
		}
		catch (JacksonException ex) {
			// Refused when declared; nothing is promised.
		}
		return names;
	}

}
