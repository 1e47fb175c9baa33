package dev.agentcore.controlplane.local;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.agentcore.controlplane.local.EmbeddedDatabaseUnavailable.EmbeddedDatabaseMissing;

/** Explains {@link EmbeddedDatabaseMissing} in one report instead of a class-loading stack trace. */
class EmbeddedDatabaseUnavailableAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseMissing> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseMissing cause) {
		return new FailureAnalysis("Profile local (the embedded default) was started from the production jar, which "
				+ "carries no embedded PostgreSQL, and no database was given.",
				"Run the embedded default from the source tree with './mvnw spring-boot:run', or give this jar a "
						+ "PostgreSQL: SPRING_DATASOURCE_URL (with SPRING_DATASOURCE_USERNAME and "
						+ "SPRING_DATASOURCE_PASSWORD); profile local then uses it, with the simulated AgentCore and the "
						+ "local issuer.",
				cause);
	}

}
