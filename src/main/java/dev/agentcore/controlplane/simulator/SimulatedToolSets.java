package dev.agentcore.controlplane.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.agentcore.controlplane.cedar.CedarSchema;
import dev.agentcore.controlplane.cedar.PrincipalKind;
import dev.agentcore.controlplane.cedar.ToolSignature;

/**
 * What the simulated account's policy engines see of its gateways: which engine each attaches, in
 * which mode, and the tools of its targets as their wire configurations declare them (inline Lambda tool
 * schemas, inline OpenAPI operations; other targets' tools the simulator does not know either).
 */
final class SimulatedToolSets {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private SimulatedToolSets() {
	}

	/**
	 * A gateway as policy sees it.
	 *
	 * @param engineArn the attached engine's ARN; null when none
	 * @param mode LOG_ONLY or ENFORCE; null when no engine
	 */
	record GatewayView(SimulatedGateway gateway, String arn, String engineArn, String mode, List<SimulatedTarget> targets) {
	}

	static List<GatewayView> views(SimulatedAgentCore.Snapshot snapshot, String region, String account) {
		List<GatewayView> views = new ArrayList<>();
		for (SimulatedGateway gateway : snapshot.gateways()) {
			List<SimulatedTarget> targets = snapshot.targets().stream()
				.filter(target -> target.gatewayId().equals(gateway.gatewayId()))
				.toList();
			JsonNode engine = policyEngineConfiguration(gateway);
			views.add(new GatewayView(gateway, WireFormat.gatewayArn(gateway.gatewayId(), region, account),
					engine == null ? null : engine.path("arn").asString(null),
					engine == null ? null : engine.path("mode").asString(null), targets));
		}
		return views;
	}

	/** The gateway's policyEngineConfiguration as it was sent; null when it has none. */
	static JsonNode policyEngineConfiguration(SimulatedGateway gateway) {
		JsonNode configuration = gateway.members().path("policyEngineConfiguration");
		return configuration.isObject() ? configuration : null;
	}

	static CedarSchema.ToolSet toolSet(GatewayView view) {
		List<ToolSignature> tools = new ArrayList<>();
		Set<String> opaque = new TreeSet<>();
		for (SimulatedTarget target : view.targets()) {
			JsonNode mcp = target.members().path("targetConfiguration").path("mcp");
			JsonNode lambdaTools = mcp.path("lambda").path("toolSchema").path("inlinePayload");
			JsonNode openApi = mcp.path("openApiSchema").path("inlinePayload");
			if (lambdaTools.isArray()) {
				lambdaTools.forEach(tool -> tools.add(ToolSignature.of(target.name(), tool.path("name").asString(),
						inputSchema(tool.path("inputSchema")))));
			}
			else if (openApi.isString()) {
				tools.addAll(ToolSignature.fromOpenApi(target.name(), openApi.asString()));
			}
			else {
				opaque.add(target.name());
			}
		}
		PrincipalKind principal = "AWS_IAM".equals(view.gateway().authorizerType()) ? PrincipalKind.IAM_ENTITY
				: PrincipalKind.OAUTH_USER;
		return new CedarSchema.ToolSet(principal, tools, opaque);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> inputSchema(JsonNode schema) {
		return schema.isObject() ? JSON.convertValue(schema, Map.class) : Map.of();
	}

}
