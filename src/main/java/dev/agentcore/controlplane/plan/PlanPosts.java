package dev.agentcore.controlplane.plan;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.agentcore.controlplane.web.ReadOnlyPosts;

/** Plans change nothing: they need only the read scope, and their answers are never kept for Idempotency-Key. */
@Configuration(proxyBeanMethods = false)
class PlanPosts {

	@Bean
	ReadOnlyPosts planReadOnlyPosts() {
		return ReadOnlyPosts.of("/api/v1/gateways/plans", "/api/v1/gateways/{id}/plans", "/api/v1/gateways/{id}/targets/plans",
				"/api/v1/gateways/{id}/targets/{targetId}/plans", "/api/v1/gateways/{id}/rules/plans",
				"/api/v1/gateways/{id}/rules/{ruleId}/plans");
	}

}
