package dev.agentcore.controlplane.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.agentcore.controlplane.JsonColumns;

@Configuration(proxyBeanMethods = false)
class AccountColumns {

	@Bean
	JsonColumns accountJsonColumns() {
		return JsonColumns.of(AccountSpec.class);
	}

}
