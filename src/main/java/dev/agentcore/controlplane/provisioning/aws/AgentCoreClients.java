package dev.agentcore.controlplane.provisioning.aws;

import java.net.URI;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClientBuilder;
import software.amazon.awssdk.services.bedrockagentcorecontrol.endpoints.BedrockAgentCoreControlEndpointProvider;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import dev.agentcore.controlplane.provisioning.AwsPlacement;

/**
 * The one AgentCore client, with explicit call and attempt timeouts, and the same pieces (HTTP client,
 * credentials, region, endpoint, retry strategy) for {@link AgentCoreCalls}. The SDK does not retry: the
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

	private volatile SdkHttpClient http;

	private volatile BedrockAgentCoreControlClient client;

	/** Assumed-role credentials of the accounts the control plane provisions into. */
	private final AccountSessions sessions;

	/** One client per account, region and role, for gateways placed there. */
	private final Map<AwsPlacement.Target, BedrockAgentCoreControlClient> placed = new ConcurrentHashMap<>();

	/** A client of the control plane's own account and region only (tests of the wire). */
	AgentCoreClients(AwsSettings settings, Environment environment) {
		this(settings, environment, null);
	}

	@org.springframework.beans.factory.annotation.Autowired
	AgentCoreClients(AwsSettings settings, Environment environment, AccountSessions sessions) {
		this.settings = settings;
		this.environment = environment;
		this.sessions = sessions;
		this.shared = new AwsClientConfiguration(settings, environment);
	}

	/** The client of the account and region the running reconcile works in ({@link AwsPlacement}). */
	BedrockAgentCoreControlClient get() {
		AwsPlacement.Target target = AwsPlacement.current();
		if (target != null) {
			return placed.computeIfAbsent(target, key -> builder().build());
		}
		BedrockAgentCoreControlClient current = client;
		if (current == null) {
			synchronized (this) {
				if (client == null) {
					client = builder().build();
				}
				current = client;
			}
		}
		return current;
	}

	/** The client's configuration, for a client of its own (contract tests add interceptors to it). */
	BedrockAgentCoreControlClientBuilder builder() {
		BedrockAgentCoreControlClientBuilder builder = BedrockAgentCoreControlClient.builder()
			.httpClient(http())
			.overrideConfiguration(config -> config.apiCallTimeout(settings.callTimeout())
				.apiCallAttemptTimeout(settings.attemptTimeout())
				.retryStrategy(retryStrategy())
				.addExecutionInterceptor(new MemberShim()))
			.credentialsProvider(credentials())
			.region(region());
		String endpoint = configuredEndpoint();
		if (endpoint != null) {
			builder.endpointOverride(URI.create(endpoint));
		}
		return builder;
	}

	/** The HTTP client the SDK client and the generic calls share; its socket timeout is the attempt timeout. */
	SdkHttpClient http() {
		SdkHttpClient current = http;
		if (current == null) {
			synchronized (this) {
				if (http == null) {
					http = ApacheHttpClient.builder().socketTimeout(settings.attemptTimeout()).build();
				}
				current = http;
			}
		}
		return current;
	}

	/** No SDK retries (see above); the generic calls take the same strategy. */
	RetryStrategy retryStrategy() {
		return AwsRetryStrategy.doNotRetry();
	}

	/** Where requests go: the configured endpoint, else the SDK's endpoint rules for the region. */
	URI endpoint() {
		String configured = configuredEndpoint();
		if (configured != null) {
			return URI.create(configured);
		}
		return BedrockAgentCoreControlEndpointProvider.defaultProvider()
			.resolveEndpoint(parameters -> parameters.region(region()))
			.join()
			.url();
	}

	/** The longest one call may take, retries included. */
	java.time.Duration callTimeout() {
		return settings.callTimeout();
	}

	/** The region of the running reconcile's placement, else the control plane's own. */
	Region region() {
		AwsPlacement.Target target = AwsPlacement.current();
		return target != null ? Region.of(target.region()) : shared.region();
	}

	/** The placement's assumed-role credentials (cached and refreshed by STS's provider), else the control plane's own. */
	AwsCredentialsProvider credentials() {
		AwsPlacement.Target target = AwsPlacement.current();
		if (target == null) {
			return shared.credentials();
		}
		if (sessions == null) {
			throw new IllegalStateException("this AgentCore client has no account sessions; it serves its own account only");
		}
		return sessions.credentials(target.roleArn(), target.externalId(), target.region());
	}

	private String configuredEndpoint() {
		if (StringUtils.hasText(settings.agentcoreEndpoint())) {
			return settings.agentcoreEndpoint();
		}
		if (local()) {
			return "http://localhost:" + environment.getProperty("local.server.port", "8080") + LOCAL_SIMULATOR_PATH;
		}
		return null;
	}

	private boolean local() {
		return shared.local();
	}

	@Override
	public void destroy() {
		if (client != null) {
			client.close();
		}
		placed.values().forEach(BedrockAgentCoreControlClient::close);
		if (http != null) {
			http.close();
		}
	}

}
