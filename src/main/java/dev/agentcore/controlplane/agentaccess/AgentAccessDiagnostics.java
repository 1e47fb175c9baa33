package dev.agentcore.controlplane.agentaccess;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.agentcore.controlplane.web.ReadOnlyPosts;

@Configuration(proxyBeanMethods = false)
class AgentAccessDiagnostics {

	/**
	 * A probe changes nothing: read scope, never idempotency-cached. One that requests a token with a
	 * client secret checks for the write scope itself.
	 */
	@Bean
	ReadOnlyPosts agentAccessReadOnlyPosts() {
		return ReadOnlyPosts.of("/api/v1/gateways/{id}/probes");
	}

}
