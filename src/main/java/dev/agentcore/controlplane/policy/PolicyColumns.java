package dev.agentcore.controlplane.policy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.agentcore.controlplane.JsonColumns;

@Configuration(proxyBeanMethods = false)
class PolicyColumns {

	@Bean
	JsonColumns policyJsonColumns() {
		return JsonColumns.of(PolicyEngineSpec.class, PolicySpec.class);
	}

}
