package dev.agentcore.controlplane.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.agentcore.controlplane.gatewaytarget.GatewayTarget;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks;

/**
 * The tools a gateway offers, as far as its declared targets tell: inline Lambda tool schemas, the
 * operations of inline OpenAPI (JSON) schemas and API Gateway tool overrides. AgentCore names a tool
 * {@code <target>___<tool>}. Targets whose tools are only known to AgentCore (MCP servers, S3
 * schemas, Smithy) are listed without tools.
 */
final class GatewayTools {

	record Tool(String name, String description) {
	}

	private GatewayTools() {
	}

	static List<Tool> of(GatewayTarget target, JsonMapper json) {
		List<Tool> tools = new ArrayList<>();
		String prefix = target.name() + "___";
		TargetBlocks.Lambda lambda = target.spec().lambda();
		if (lambda != null && lambda.toolSchema() != null && lambda.toolSchema().inline() != null) {
			lambda.toolSchema().inline().forEach(tool -> tools.add(new Tool(prefix + tool.name(), tool.description())));
		}
		TargetBlocks.SchemaSource openApi = target.spec().openApi();
		if (openApi != null && openApi.inline() != null && openApi.inline().trim().startsWith("{")) {
			JsonNode paths = json.readTree(openApi.inline()).path("paths");
			for (Map.Entry<String, JsonNode> path : paths.properties()) {
				for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
					JsonNode id = operation.getValue().path("operationId");
					if (id.isString()) {
						tools.add(new Tool(prefix + id.asString(), operation.getValue().path("summary").asString(null)));
					}
				}
			}
		}
		TargetBlocks.ApiGateway apiGateway = target.spec().apiGateway();
		if (apiGateway != null && apiGateway.toolOverrides() != null) {
			apiGateway.toolOverrides().forEach(tool -> tools.add(new Tool(prefix + tool.name(), tool.description())));
		}
		return tools;
	}

}
