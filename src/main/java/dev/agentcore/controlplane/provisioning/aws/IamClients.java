package dev.agentcore.controlplane.provisioning.aws;

import java.net.URI;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The IAM client (managed execution roles, the preflight) and the STS client (the control plane's
 * own identity), built on first use like the AgentCore client: explicit timeouts, no SDK retries
 * (the reconciler retries), and in the embedded default, or when the AgentCore endpoint is a
 * simulator's, the simulated account's IAM and STS.
 */
@Component
class IamClients implements DisposableBean {

	private static final String SIMULATED_AGENTCORE = "/local/aws/agentcore";

	private final AwsSettings settings;

	private final Environment environment;

	/** Credentials and the embedded-default check, as every AWS client here has them. */
	private final AwsClientConfiguration shared;

	private volatile IamClient iam;

	private volatile StsClient sts;

	/** IAM of the accounts gateways are placed in: one client per account role, with its assumed credentials. */
	private final java.util.Map<String, IamClient> placed = new java.util.concurrent.ConcurrentHashMap<>();

	IamClients(AwsSettings settings, Environment environment) {
		this.settings = settings;
		this.environment = environment;
		this.shared = new AwsClientConfiguration(settings, environment);
	}

	IamClient iam() {
		if (iam == null) {
			synchronized (this) {
				if (iam == null) {
					iam = configure(IamClient.builder(), settings.iamEndpoint(), "/local/aws/iam", Region.AWS_GLOBAL).build();
				}
			}
		}
		return iam;
	}

	/**
	 * IAM of another account, signed with {@code credentials} (its role's assumed ones); one client per role, kept and
	 * closed here. IAM is global: the region does not matter.
	 */
	IamClient iam(String roleArn, AwsCredentialsProvider credentials) {
		return placed.computeIfAbsent(roleArn, key -> configure(IamClient.builder(), settings.iamEndpoint(), "/local/aws/iam",
				Region.AWS_GLOBAL).credentialsProvider(credentials).build());
	}

	StsClient sts() {
		if (sts == null) {
			synchronized (this) {
				if (sts == null) {
					sts = configure(StsClient.builder(), settings.stsEndpoint(), "/local/aws/sts", null).build();
				}
			}
		}
		return sts;
	}

	/**
	 * A new STS client signing for {@code region} with {@code credentials} (an assumed role's, for GetCallerIdentity
	 * in an account the control plane provisions into); the caller keeps and closes it.
	 */
	StsClient sts(Region region, AwsCredentialsProvider credentials) {
		return configure(StsClient.builder(), settings.stsEndpoint(), "/local/aws/sts", region)
			.credentialsProvider(credentials)
			.build();
	}

	private <B extends AwsClientBuilder<B, ?>> B configure(B builder, String endpoint, String simulatedPath, Region fixed) {
		builder.overrideConfiguration(config -> config.apiCallTimeout(settings.callTimeout())
			.apiCallAttemptTimeout(settings.attemptTimeout())
			.retryStrategy(AwsRetryStrategy.doNotRetry())).credentialsProvider(credentials());
		String target = endpoint(endpoint, simulatedPath);
		if (target != null) {
			URI uri = URI.create(target);
			builder.endpointOverride(uri);
			if (uri.getRawPath() != null && !uri.getRawPath().isEmpty()) {
				builder.overrideConfiguration(config -> config.addExecutionInterceptor(new EndpointPath(uri.getRawPath())));
			}
		}
		if (fixed != null) {
			builder.region(fixed);
		}
		else if (StringUtils.hasText(settings.region())) {
			builder.region(Region.of(settings.region()));
		}
		else if (local()) {
			builder.region(Region.US_EAST_1);
		}
		return builder;
	}

	/** The configured endpoint; else the simulator's next to a simulated AgentCore; else AWS's (null). */
	private String endpoint(String configured, String simulatedPath) {
		if (StringUtils.hasText(configured)) {
			return configured;
		}
		String agentcore = settings.agentcoreEndpoint();
		if (StringUtils.hasText(agentcore) && agentcore.endsWith(SIMULATED_AGENTCORE)) {
			return agentcore.substring(0, agentcore.length() - SIMULATED_AGENTCORE.length()) + simulatedPath;
		}
		if (local()) {
			return "http://localhost:" + environment.getProperty("local.server.port", "8080") + simulatedPath;
		}
		return null;
	}

	private AwsCredentialsProvider credentials() {
		return shared.credentials();
	}

	private boolean local() {
		return shared.local();
	}

	/**
	 * Query-protocol clients (IAM, STS) send every request to the endpoint's root, dropping the
	 * path of an overridden endpoint (aws/aws-sdk-java-v2#3387); this puts it back.
	 */
	record EndpointPath(String path) implements ExecutionInterceptor {

		@Override
		public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
			SdkHttpRequest request = context.httpRequest();
			return request.encodedPath().startsWith(path) ? request
					: request.toBuilder().encodedPath(path + request.encodedPath()).build();
		}

	}

	@Override
	public void destroy() {
		if (iam != null) {
			iam.close();
		}
		if (sts != null) {
			sts.close();
		}
		placed.values().forEach(IamClient::close);
	}

}
