package dev.agentcore.controlplane.simulator;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Test controls of the MCP servers behind the simulated account's MCP_SERVER targets: which tools each serves. */
@RestController
@Profile({ "local", "simulator" })
@RequestMapping("/local/aws/mcp-servers")
@Tag(name = "Simulated AgentCore", description = "Embedded default and simulator only: faults, quotas and state")
class McpServerControlsController {

	private final SimulatedMcpServers servers;

	McpServerControlsController(SimulatedMcpServers servers) {
		this.servers = servers;
	}

	/**
	 * @param endpoint the MCP server's endpoint, as MCP_SERVER targets name it
	 * @param tools what its tools/list answers from now on
	 */
	record ServedTools(@NotBlank @Size(max = 2048) String endpoint, @NotNull @Size(max = 1000) List<@NotNull @Valid Tool> tools) {
	}

	/** A tool as an MCP server's tools/list shows it; no input schema stands for an object without properties. */
	record Tool(@NotBlank @Size(max = 256) String name, @Size(max = 2048) String description, JsonNode inputSchema) {
	}

	@PutMapping
	@Operation(summary = "Set the tools an MCP server serves",
			description = "Gateways show them for an MCP_SERVER target with this endpoint after its next synchronization "
					+ "(or when it is created), as AgentCore does.")
	ServedTools serve(@Valid @RequestBody ServedTools requested) {
		servers.serve(requested.endpoint(), requested.tools().stream()
			.map(tool -> new GatewayTools.Tool(tool.name(), tool.description() == null ? "" : tool.description(),
					tool.inputSchema() != null && tool.inputSchema().isObject() ? tool.inputSchema()
							: JsonMembers.NODES.objectNode().put("type", "object")))
			.toList());
		return served(requested.endpoint());
	}

	@GetMapping
	@Operation(summary = "The tools an MCP server serves now")
	ServedTools served(@RequestParam String endpoint) {
		return new ServedTools(endpoint, servers.served(endpoint).stream()
			.map(tool -> new Tool(tool.name(), tool.description(), tool.inputSchema()))
			.toList());
	}

}
