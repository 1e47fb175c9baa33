package dev.agentcore.controlplane.idp;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.agentcore.controlplane.JsonColumns;

@Configuration(proxyBeanMethods = false)
class IdpColumns {

	@Bean
	JsonColumns idpJsonColumns() {
		return JsonColumns.of(IdpProfileSpec.class, Discovery.class, ManagedCognito.class, ManagedClients.class);
	}

}
