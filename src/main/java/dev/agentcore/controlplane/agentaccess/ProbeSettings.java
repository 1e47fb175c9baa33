package dev.agentcore.controlplane.agentaccess;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How probes call gateways.
 *
 * @param allowLocalGateways accept gateway URLs that are not AgentCore's own https endpoints: only
 * for the embedded default, whose simulated gateways are on this server
 * @param deadline how long one probe may take, all of its MCP requests together
 * @param maxPages the most {@code tools/list} pages followed (a gateway has at most 100 targets of 1000 tools)
 */
@ConfigurationProperties("controlplane.probes")
record ProbeSettings(@DefaultValue("false") boolean allowLocalGateways, @DefaultValue("20s") Duration deadline,
		@DefaultValue("1000") int maxPages) {
}
