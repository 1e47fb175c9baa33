package dev.agentcore.controlplane.simulator;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The simulator's URI-label and query checks ({@link ModelInputChecks}) run on its wire paths only. */
@Configuration(proxyBeanMethods = false)
@Profile({ "local", "simulator" })
class ModelInputChecksConfiguration implements WebMvcConfigurer {

	private final ModelInputChecks checks;

	ModelInputChecksConfiguration(ModelInputChecks checks) {
		this.checks = checks;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(checks).addPathPatterns(AgentCoreWireController.BASE_PATH + "/**");
	}

}
