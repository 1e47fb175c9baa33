package dev.agentcore.controlplane.provisioning.aws;

import java.net.URI;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClientBuilder;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The one AgentCore client, with explicit call and attempt timeouts. The SDK does not retry: the
 * reconciler does, with backoff and jitter, through the client-side quotas (an SDK retry would
 * bypass them and turn one throttle into a storm), and every retry shows in the resource's status
 * and events. Built on first use, because in the embedded default its endpoint is this server's own
 * simulator, whose port is known only once the server runs.
 */
@Component
class AgentCoreClients implements DisposableBean {

	static final String LOCAL_SIMULATOR_PATH = "/local/aws/agentcore";

	private final AwsSettings settings;

	private final Environment environment;

	/** Credentials and the embedded-default check, as every AWS client here has them. */
	private final AwsClientConfiguration shared;

	private volatile BedrockAgentCoreControlClient client;

	AgentCoreClients(AwsSettings settings, Environment environment) {
		this.settings = settings;
		this.environment = environment;
		this.shared = new AwsClientConfiguration(settings, environment);
	}

	BedrockAgentCoreControlClient get() {
		BedrockAgentCoreControlClient current = client;
		if (current == null) {
			synchronized (this) {
				if (client == null) {
					client = build();
				}
				current = client;
			}
		}
		return current;
	}

	private BedrockAgentCoreControlClient build() {
		BedrockAgentCoreControlClientBuilder builder = BedrockAgentCoreControlClient.builder()
			.overrideConfiguration(config -> config.apiCallTimeout(settings.callTimeout())
				.apiCallAttemptTimeout(settings.attemptTimeout())
				.retryStrategy(AwsRetryStrategy.doNotRetry())
				.addExecutionInterceptor(new MemberShim()))
			.credentialsProvider(credentials());
		String endpoint = endpoint();
		if (endpoint != null) {
			builder.endpointOverride(URI.create(endpoint));
		}
		if (StringUtils.hasText(settings.region())) {
			builder.region(Region.of(settings.region()));
		}
		else if (local()) {
			builder.region(Region.US_EAST_1);
		}
		return builder.build();
	}

	private String endpoint() {
		if (StringUtils.hasText(settings.agentcoreEndpoint())) {
			return settings.agentcoreEndpoint();
		}
		if (local()) {
			return "http://localhost:" + environment.getProperty("local.server.port", "8080") + LOCAL_SIMULATOR_PATH;
		}
		return null;
	}

	private AwsCredentialsProvider credentials() {
		return shared.credentials();
	}

	private boolean local() {
		return shared.local();
	}

	@Override
	public void destroy() {
		if (client != null) {
			client.close();
		}
	}

}
