package dev.agentcore.controlplane;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.agentcore.controlplane.RequiredProductionSettings.MissingProductionSettings;

/** Turns {@link MissingProductionSettings} into a start-up report that names each setting. */
class MissingProductionSettingsAnalyzer extends AbstractFailureAnalyzer<MissingProductionSettings> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingProductionSettings cause) {
		String list = cause.missing().stream().map(s -> "  - " + s).collect(Collectors.joining("\n"));
		return new FailureAnalysis(
				"The control plane started without a profile, which means production, and these settings are missing or unsafe:\n" + list,
				"Set them (environment variables shown in brackets), or run the embedded default with "
						+ "'./mvnw spring-boot:run' / '--spring.profiles.active=local'. Production never falls back to an "
						+ "embedded database or a local token issuer.",
				cause);
	}

}
