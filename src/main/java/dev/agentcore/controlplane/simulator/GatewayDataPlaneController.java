package dev.agentcore.controlplane.simulator;

import java.io.IOException;
import java.util.List;

import com.nimbusds.jwt.JWTClaimsSet;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Each simulated gateway's data plane: its MCP endpoint over streamable HTTP (JSON-RPC 2.0 in a POST,
 * JSON answers), behind the gateway's authorizer exactly as AgentCore enforces it (AWS_IAM: the signer and the
 * gateway's resource policy, {@link IamCallerCheck}). {@code initialize},
 * {@code tools/list} (paginated), {@code tools/call} (decided by the {@link ToolCallPolicy}) and {@code ping}.
 */
@Hidden
@RestController
@Profile({ "local", "simulator" })
class GatewayDataPlaneController {

	static final String PROTOCOL_VERSION = "2025-06-18";

	/** Every account and region: a gateway's URL names only the gateway, and the one holding it answers. */
	private final SimulatedRegions regions;

	private final GatewayAuthorizer authorizer;

	private final ToolCallPolicy policy;

	private final DataPlaneSettings settings;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SimulatedMcpServers servers;

	GatewayDataPlaneController(SimulatedRegions regions, GatewayAuthorizer authorizer, ToolCallPolicy policy,
			DataPlaneSettings settings, SimulatedMcpServers servers) {
		this.regions = regions;
		this.servers = servers;
		this.authorizer = authorizer;
		this.policy = policy;
		this.settings = settings;
	}

	@PostMapping(SimulatorUrls.GATEWAYS + "{gatewayId}/mcp")
	void mcp(@PathVariable String gatewayId, HttpServletRequest request, HttpServletResponse response) throws IOException {
		JsonNode message;
		try {
			message = JSON.readTree(request.getInputStream());
		}
		catch (JacksonException ex) {
			write(response, 400, error(null, -32700, "Parse error"));
			return;
		}
		JsonNode id = message.get("id");
		SimulatedRegions.Region region = regions.holding(gatewayId);
		SimulatedGateway gateway;
		try {
			gateway = region.agentCore().gateway(gatewayId);
		}
		catch (AwsError ex) {
			write(response, 404, error(id, -32001, "Gateway not found"));
			return;
		}
		if (!gateway.status().equals("READY")) {
			write(response, 503, error(id, -32001, "Gateway is " + gateway.status()));
			return;
		}
		String authorization = request.getHeader("Authorization");
		JWTClaimsSet principal = null;
		switch (gateway.authorizerType()) {
			case "CUSTOM_JWT", "AUTHENTICATE_ONLY" -> {
				principal = authorizer.admit(gateway.authorizerConfiguration(), bearer(authorization));
				if (principal == null) {
					response.setHeader("WWW-Authenticate", "Bearer");
					write(response, 401, error(id, -32001, "Invalid Bearer token"));
					return;
				}
			}
			case "AWS_IAM" -> {
				if (authorization == null || !authorization.startsWith("AWS4-HMAC-SHA256 Credential=")
						|| !authorization.contains("/bedrock-agentcore/aws4_request")) {
					write(response, 403, error(id, -32001, "Missing Authentication Token"));
					return;
				}
				String refused = authorizer.iamRefusal(region.agentCore(), gateway, authorization);
				if (refused != null) {
					write(response, 403, error(id, -32001, refused));
					return;
				}
			}
			default -> {
			}
		}
		if (id == null) {
			response.setStatus(202);
			return;
		}
		String iamPrincipal = gateway.authorizerType().equals("AWS_IAM") ? iamPrincipal(request, region) : null;
		write(response, 200, answer(region, gateway, message, principal, iamPrincipal));
	}

	/**
	 * The IAM caller, for rules' principal conditions: the simulator resolves no access key to a principal, so a
	 * caller names itself in {@value #PRINCIPAL_HEADER}; without it, the account's root (docs/rules.md).
	 */
	private String iamPrincipal(HttpServletRequest request, SimulatedRegions.Region region) {
		String named = request.getHeader(PRINCIPAL_HEADER);
		return named != null ? named : "arn:aws:iam::" + region.agentCore().accountId() + ":root";
	}

	static final String PRINCIPAL_HEADER = "X-Simulator-Principal-Arn";

	private ObjectNode answer(SimulatedRegions.Region region, SimulatedGateway gateway, JsonNode message,
			JWTClaimsSet principal, String iamPrincipal) {
		JsonNode id = message.get("id");
		JsonNode params = message.path("params");
		return switch (message.path("method").asString("")) {
			case "initialize" -> {
				ObjectNode result = JsonMembers.NODES.objectNode();
				String asked = params.path("protocolVersion").asString(PROTOCOL_VERSION);
				result.put("protocolVersion", List.of("2025-03-26", PROTOCOL_VERSION).contains(asked) ? asked : PROTOCOL_VERSION);
				result.putObject("capabilities").putObject("tools").put("listChanged", false);
				result.putObject("serverInfo").put("name", gateway.name()).put("version", "1.0.0");
				yield result(id, result);
			}
			case "tools/list" -> result(id, toolsPage(region, gateway, params.path("cursor").asString(null)));
			case "tools/call" -> call(region, gateway, id, params, principal, iamPrincipal);
			case "ping" -> result(id, JsonMembers.NODES.objectNode());
			default -> error(id, -32601, "Method not found: " + message.path("method").asString(""));
		};
	}

	private ObjectNode toolsPage(SimulatedRegions.Region region, SimulatedGateway gateway, String cursor) {
		List<GatewayTools.Tool> tools = GatewayTools.of(gateway, region.agentCore().targetsOfGateway(gateway.gatewayId()), servers::toolsOf);
		int start = cursor == null ? 0 : Integer.parseInt(new String(java.util.Base64.getUrlDecoder().decode(cursor)));
		int end = Math.min(tools.size(), start + Math.max(1, settings.toolsPageSize()));
		ObjectNode result = JsonMembers.NODES.objectNode();
		ArrayNode page = result.putArray("tools");
		for (GatewayTools.Tool tool : tools.subList(Math.min(start, tools.size()), end)) {
			page.addObject().put("name", tool.name()).put("description", tool.description()).set("inputSchema", tool.inputSchema());
		}
		if (end < tools.size()) {
			result.put("nextCursor", java.util.Base64.getUrlEncoder().encodeToString(Integer.toString(end).getBytes()));
		}
		return result;
	}

	private ObjectNode call(SimulatedRegions.Region region, SimulatedGateway gateway, JsonNode id, JsonNode params,
			JWTClaimsSet principal, String iamPrincipal) {
		String name = params.path("name").asString("");
		boolean known = GatewayTools.of(gateway, region.agentCore().targetsOfGateway(gateway.gatewayId()), servers::toolsOf)
			.stream()
			.anyMatch(tool -> tool.name().equals(name));
		if (!known) {
			return error(id, -32602, "Unknown tool: " + name);
		}
		String denied = policy.deny(gateway, name, params.path("arguments"), principal);
		ObjectNode result = JsonMembers.NODES.objectNode();
		result.putArray("content").addObject().put("type", "text")
			.put("text", denied != null ? "Denied by policy: " + denied : "Simulated result of " + name + ".");
		result.put("isError", denied != null);
		int split = name.indexOf("___");
		String path = split < 0 ? "/" + name : "/" + name.substring(0, split) + "/" + name.substring(split + 3);
		region.rules().route(gateway.gatewayId(), iamPrincipal, path)
			.ifPresent(route -> result.putObject("_meta").put("target", route.target()).put("ruleId", route.ruleId()));
		return result(id, result);
	}

	private static String bearer(String authorization) {
		return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
				? authorization.substring(7).trim() : null;
	}

	private static ObjectNode result(JsonNode id, JsonNode result) {
		ObjectNode node = JsonMembers.NODES.objectNode().put("jsonrpc", "2.0");
		node.set("id", id);
		node.set("result", result);
		return node;
	}

	private static ObjectNode error(JsonNode id, int code, String message) {
		ObjectNode node = JsonMembers.NODES.objectNode().put("jsonrpc", "2.0");
		node.set("id", id);
		node.putObject("error").put("code", code).put("message", message);
		return node;
	}

	private void write(HttpServletResponse response, int status, JsonNode body) throws IOException {
		response.setStatus(status);
		response.setContentType("application/json");
		response.getOutputStream().write(JSON.writeValueAsBytes(body));
	}

}
