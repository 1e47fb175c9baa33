package dev.agentcore.controlplane.credentialprovider;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.agentcore.controlplane.JsonColumns;

@Configuration(proxyBeanMethods = false)
class CredentialProviderColumns {

	@Bean
	JsonColumns credentialProviderJsonColumns() {
		return JsonColumns.of(CredentialProviderSpec.class);
	}

}
