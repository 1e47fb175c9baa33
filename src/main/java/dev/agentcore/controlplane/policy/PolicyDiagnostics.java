package dev.agentcore.controlplane.policy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.agentcore.controlplane.web.ReadOnlyPosts;

/**
 * What-if authorization checks change nothing: they need only the read scope, and their answers are
 * never kept for an Idempotency-Key (a principal's token may be in the request).
 */
@Configuration(proxyBeanMethods = false)
class PolicyDiagnostics {

	@Bean
	ReadOnlyPosts policyReadOnlyPosts() {
		return ReadOnlyPosts.of("/api/v1/gateways/{id}/authorization-checks");
	}

}
