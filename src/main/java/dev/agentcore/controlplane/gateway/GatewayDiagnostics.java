package dev.agentcore.controlplane.gateway;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.agentcore.controlplane.web.ReadOnlyPosts;

@Configuration(proxyBeanMethods = false)
class GatewayDiagnostics {

	/** A gateway's token check changes nothing: read scope, never idempotency-cached. */
	@Bean
	ReadOnlyPosts gatewayReadOnlyPosts() {
		return ReadOnlyPosts.of("/api/v1/gateways/{id}/token-checks");
	}

}
