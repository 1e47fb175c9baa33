package dev.agentcore.controlplane.provisioning.aws;

import java.net.URI;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * What every SDK client of the control plane shares: explicit timeouts, no SDK retries (the
 * reconciler retries through the client-side quotas), credentials, region, and in the embedded default
 * an endpoint on this server's own simulator (whose port is known only once the server runs).
 */
final class AwsClientConfiguration {

	private final AwsSettings settings;

	private final Environment environment;

	AwsClientConfiguration(AwsSettings settings, Environment environment) {
		this.settings = settings;
		this.environment = environment;
	}

	/** Configures a builder; {@code endpoint} wins, else the simulator's {@code localPath} in the embedded default. */
	<B extends AwsClientBuilder<B, ?>> B configure(B builder, String endpoint, String localPath) {
		builder.overrideConfiguration(ClientOverrideConfiguration.builder()
			.apiCallTimeout(settings.callTimeout())
			.apiCallAttemptTimeout(settings.attemptTimeout())
			.retryStrategy(AwsRetryStrategy.doNotRetry())
			.build());
		builder.credentialsProvider(credentials());
		String resolved = endpoint(endpoint, localPath);
		if (resolved != null) {
			builder.endpointOverride(URI.create(resolved));
		}
		builder.region(region());
		return builder;
	}

	/** The endpoint requests go to; null means AWS's own for the region. */
	String endpoint(String configured, String localPath) {
		if (StringUtils.hasText(configured)) {
			return configured;
		}
		return local() ? "http://localhost:" + environment.getProperty("local.server.port", "8080") + localPath : null;
	}

	Region region() {
		if (StringUtils.hasText(settings.region())) {
			return Region.of(settings.region());
		}
		return local() ? Region.US_EAST_1 : software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain.builder()
			.build()
			.getRegion();
	}

	AwsCredentialsProvider credentials() {
		if (settings.fakeCredentials() || local()) {
			return StaticCredentialsProvider.create(AwsBasicCredentials.create("simulated", "simulated"));
		}
		return DefaultCredentialsProvider.builder().build();
	}

	/** The embedded default: the simulated account on this server, simulated credentials. */
	boolean local() {
		return environment.acceptsProfiles(Profiles.of("local"));
	}

}
