package dev.agentcore.controlplane.gateway;

import dev.agentcore.controlplane.resource.ProvisioningError;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.agentcore.controlplane.JsonColumns;

@Configuration(proxyBeanMethods = false)
class GatewayColumns {

	@Bean
	JsonColumns gatewayJsonColumns() {
		return JsonColumns.of(GatewaySpec.class, ProvisioningError.class);
	}

}
