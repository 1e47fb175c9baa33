package dev.agentcore.controlplane.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The tools a gateway lists, as AgentCore names them: {@code <target>___<tool>} for each READY
 * target — a Lambda target's inline tool definitions, an OpenAPI target's operationIds, a Smithy
 * model's operations, an API Gateway target's tool overrides — plus the search tool when semantic
 * search is on, and an MCP server's tools as AgentCore last listed them. Schemas in S3 list nothing.
 */
final class GatewayTools {

	static final String SEARCH_TOOL = "x_amz_bedrock_agentcore_search";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private GatewayTools() {
	}

	/** A tool as {@code tools/list} shows it. */
	record Tool(String name, String description, JsonNode inputSchema) {
	}

	static List<Tool> of(SimulatedGateway gateway, List<SimulatedTarget> targets) {
		return of(gateway, targets, target -> List.of());
	}

	/** With the tools AgentCore listed from MCP servers without a static tool schema ({@code servers}). */
	static List<Tool> of(SimulatedGateway gateway, List<SimulatedTarget> targets,
			java.util.function.Function<SimulatedTarget, List<Tool>> servers) {
		List<Tool> tools = new ArrayList<>();
		if ("SEMANTIC".equals(gateway.members().path("protocolConfiguration").path("mcp").path("searchType").asString(null))) {
			tools.add(new Tool(SEARCH_TOOL, "Searches this gateway's tools by meaning and returns the best matches.",
					object("query")));
		}
		for (SimulatedTarget target : targets) {
			if (!target.status().equals("READY")) {
				continue;
			}
			List<Tool> own = new ArrayList<>(toolsOf(target.members().path("targetConfiguration").path("mcp")));
			own.addAll(servers.apply(target));
			for (Tool tool : own) {
				tools.add(new Tool(target.name() + "___" + tool.name(), tool.description(), tool.inputSchema()));
			}
		}
		return tools;
	}

	private static List<Tool> toolsOf(JsonNode mcp) {
		List<Tool> tools = new ArrayList<>();
		JsonNode lambda = mcp.path("lambda").path("toolSchema").path("inlinePayload");
		lambda.forEach(tool -> tools.add(new Tool(tool.path("name").asString(), tool.path("description").asString(""),
				tool.path("inputSchema"))));
		String openApi = mcp.path("openApiSchema").path("inlinePayload").asString(null);
		if (openApi != null) {
			tools.addAll(openApiOperations(openApi));
		}
		String smithy = mcp.path("smithyModel").path("inlinePayload").asString(null);
		if (smithy != null) {
			tools.addAll(smithyOperations(smithy));
		}
		String staticTools = mcp.path("mcpServer").path("mcpToolSchema").path("inlinePayload").asString(null);
		if (staticTools != null) {
			try {
				JSON.readTree(staticTools).forEach(tool -> tools.add(new Tool(tool.path("name").asString(),
						tool.path("description").asString(""), tool.path("inputSchema"))));
			}
			catch (JacksonException ex) {
				// AgentCore refused such a schema at create; nothing to list.
			}
		}
		mcp.path("apiGateway").path("apiGatewayToolConfiguration").path("toolOverrides").forEach(override -> tools
			.add(new Tool(override.path("name").asString(), override.path("description").asString(""), object())));
		return tools;
	}

	private static List<Tool> openApiOperations(String document) {
		ParseOptions options = new ParseOptions();
		options.setResolve(false);
		OpenAPI api = new OpenAPIV3Parser().readContents(document, null, options).getOpenAPI();
		List<Tool> tools = new ArrayList<>();
		if (api == null || api.getPaths() == null) {
			return tools;
		}
		for (PathItem path : api.getPaths().values()) {
			for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.readOperationsMap().entrySet()) {
				Operation op = operation.getValue();
				if (op.getOperationId() != null) {
					tools.add(new Tool(op.getOperationId(), op.getSummary() != null ? op.getSummary() : "", object()));
				}
			}
		}
		return tools;
	}

	private static List<Tool> smithyOperations(String model) {
		List<Tool> tools = new ArrayList<>();
		try {
			JSON.readTree(model).path("shapes").properties().forEach(shape -> {
				if ("operation".equals(shape.getValue().path("type").asString(null))) {
					String id = shape.getKey();
					tools.add(new Tool(id.substring(id.indexOf('#') + 1), "", object()));
				}
			});
		}
		catch (JacksonException ex) {
			// AgentCore refused such a model at create; nothing to list.
		}
		return tools;
	}

	private static ObjectNode object(String... stringProperties) {
		ObjectNode schema = JsonMembers.NODES.objectNode().put("type", "object");
		ObjectNode properties = schema.putObject("properties");
		for (String property : stringProperties) {
			properties.putObject(property).put("type", "string");
		}
		return schema;
	}

}
