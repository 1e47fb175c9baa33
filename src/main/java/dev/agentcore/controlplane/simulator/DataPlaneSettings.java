package dev.agentcore.controlplane.simulator;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the simulated account's HTTP endpoints are reached: Cognito issuers and hosted domains, and
 * the gateways' MCP endpoints.
 *
 * @param baseUrl this simulator's URL as clients reach it; by default {@code http://localhost:<port>}
 * @param localGatewayUrls give gateways URLs on this simulator ({@code <baseUrl>/local/aws/gateways/<id>/mcp}),
 * so agents and probes can call them; otherwise AWS's format, which resolves nowhere
 * @param toolsPageSize tools per {@code tools/list} page
 */
@ConfigurationProperties("controlplane.simulator.data-plane")
record DataPlaneSettings(String baseUrl, @DefaultValue("false") boolean localGatewayUrls,
		@DefaultValue("100") int toolsPageSize) {
}
