package dev.agentcore.controlplane.gatewaytarget;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.agentcore.controlplane.network.PrivateEndpoint;
import dev.agentcore.controlplane.JsonColumns;

@Configuration(proxyBeanMethods = false)
class TargetColumns {

	@Bean
	JsonColumns targetJsonColumns() {
		return JsonColumns.of(TargetSpec.class, PrivateEndpoint.ManagedResources.class, ListedTools.class);
	}

}
