package dev.agentcore.controlplane.simulator;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration(proxyBeanMethods = false)
@Profile({ "local", "simulator" })
class DataPlaneConfiguration {

	/** Without a policy engine every admitted tool call is permitted; a Cedar-backed policy replaces this. */
	@Bean
	@ConditionalOnMissingBean
	ToolCallPolicy permitAllToolCalls() {
		return (gateway, tool, arguments, principal) -> null;
	}

}
