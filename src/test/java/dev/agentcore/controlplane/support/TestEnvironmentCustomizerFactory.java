package dev.agentcore.controlplane.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The one test configuration: every Spring test context gets the test PostgreSQL and the test
 * issuer, as a production deployment gets its database and identity provider from settings.
 * Registered in {@code META-INF/spring.factories}.
 */
class TestEnvironmentCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new TestEnvironment();
	}

	static final class TestEnvironment implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			TestDatabase.Connection database = TestDatabase.connection();
			Map<String, Object> properties = new HashMap<>(TestIssuer.get().springProperties());
			properties.put("spring.datasource.url", database.url());
			properties.put("spring.datasource.username", database.username());
			properties.put("spring.datasource.password", database.password());
			// The provisioner runs only in the tests about it, each with its own database and simulator.
			properties.put("controlplane.provisioning.enabled", "false");
			properties.put("controlplane.aws.fake-credentials", "true");
			properties.put("controlplane.aws.region", "us-east-1");
			context.getEnvironment().getPropertySources().addLast(new MapPropertySource("controlplane-test", properties));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof TestEnvironment;
		}

		@Override
		public int hashCode() {
			return TestEnvironment.class.hashCode();
		}

	}

}
