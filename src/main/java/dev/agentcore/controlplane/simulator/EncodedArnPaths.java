package dev.agentcore.controlplane.simulator;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The tagging and resource-policy operations take an ARN as a path label ({@code /tags/{resourceArn}}), which the SDK
 * sends with its slash encoded ({@code %2F}). Tomcat refuses encoded slashes by default and Spring
 * Security's firewall too; both let them through here, and the firewall only on the simulator's
 * tagging paths.
 */
@Configuration(proxyBeanMethods = false)
@Profile({ "local", "simulator" })
class EncodedArnPaths {

	static final String TAGS_PATH = AgentCoreWireController.BASE_PATH + "/tags/";

	static final String RESOURCE_POLICY_PATH = AgentCoreWireController.BASE_PATH + "/resourcepolicy/";

	@Bean
	TomcatConnectorCustomizer decodeEncodedSlashes() {
		return connector -> connector.setEncodedSolidusHandling("decode");
	}

	@Bean
	static BeanPostProcessor encodedSlashesOnTaggingPaths() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof HttpFirewall firewall ? new TaggingPathsFirewall(firewall) : bean;
			}
		};
	}

	private record TaggingPathsFirewall(HttpFirewall delegate) implements HttpFirewall {

		private static final StrictHttpFirewall LENIENT = lenient();

		@Override
		public FirewalledRequest getFirewalledRequest(HttpServletRequest request) {
			boolean tagging = request.getRequestURI().startsWith(request.getContextPath() + TAGS_PATH)
					|| request.getRequestURI().startsWith(request.getContextPath() + RESOURCE_POLICY_PATH);
			return (tagging ? LENIENT : delegate).getFirewalledRequest(request);
		}

		@Override
		public HttpServletResponse getFirewalledResponse(HttpServletResponse response) {
			return delegate.getFirewalledResponse(response);
		}

		private static StrictHttpFirewall lenient() {
			StrictHttpFirewall firewall = new StrictHttpFirewall();
			firewall.setAllowUrlEncodedSlash(true);
			return firewall;
		}

	}

}
