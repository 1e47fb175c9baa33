package dev.agentcore.controlplane.simulator;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The MCP servers behind the simulated account's MCP_SERVER targets, as far as AgentCore sees them: the tools
 * each endpoint serves now (set through {@code /local/aws/mcp-servers}), and the tools AgentCore listed for each
 * target when it last looked (on creation and on SynchronizeGatewayTargets), which is what the gateway offers
 * until the next synchronization. Held in memory: a restarted simulator's servers serve nothing.
 */
@Component
@Profile({ "local", "simulator" })
class SimulatedMcpServers {

	private final Map<String, List<GatewayTools.Tool>> served = new ConcurrentHashMap<>();

	private final Map<String, List<GatewayTools.Tool>> listed = new ConcurrentHashMap<>();

	/** The server at {@code endpoint} serves {@code tools} from now on (a gateway shows them after a synchronization). */
	void serve(String endpoint, List<GatewayTools.Tool> tools) {
		served.put(endpoint, List.copyOf(tools));
	}

	List<GatewayTools.Tool> served(String endpoint) {
		return served.getOrDefault(endpoint, List.of());
	}

	/** AgentCore lists the target's server now: at creation and on a synchronization. */
	void listed(SimulatedTarget target) {
		if (target.isMcpServer() && !target.hasStaticTools()) {
			listed.put(target.targetId(), served(endpoint(target)));
		}
	}

	/** The tools the gateway offers for this MCP server target: those listed at its last synchronization. */
	List<GatewayTools.Tool> toolsOf(SimulatedTarget target) {
		return listed.getOrDefault(target.targetId(), List.of());
	}

	static String endpoint(SimulatedTarget target) {
		return target.members().at("/targetConfiguration/mcp/mcpServer/endpoint").asString("");
	}

}
