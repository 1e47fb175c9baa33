package dev.agentcore.controlplane.provisioning.aws;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the control plane reaches AgentCore.
 *
 * @param agentcoreEndpoint where AgentCore requests go; empty means AWS's endpoint for the region
 * (in the embedded default: the simulator mounted in this server)
 * @param cognitoEndpoint where Cognito user pool requests go; empty means AWS (in the embedded default: the
 * simulator mounted in this server). A simulator's user pools are also their own issuers, under this URL.
 * @param secretsManagerEndpoint where Secrets Manager requests go; empty means AWS (embedded default: the simulator)
 * @param region the AWS region; empty means the default region chain (AWS_REGION, profile, ...)
 * @param iamEndpoint where IAM requests go; empty means AWS's IAM, or the simulator's IAM when
 * {@code agentcoreEndpoint} points at a simulator (…/local/aws/agentcore)
 * @param stsEndpoint where STS requests go; empty means AWS's STS for the region, or the simulator's, likewise
 * @param fakeCredentials sign with fixed fake credentials, for the simulator; never against AWS
 * @param callTimeout longest time one SDK call may take, retries included
 * @param attemptTimeout longest time one HTTP attempt may take
 */
@ConfigurationProperties("controlplane.aws")
record AwsSettings(String agentcoreEndpoint, String cognitoEndpoint, String secretsManagerEndpoint, String region,
		String iamEndpoint, String stsEndpoint, @DefaultValue("false") boolean fakeCredentials,
		@DefaultValue("20s") Duration callTimeout, @DefaultValue("5s") Duration attemptTimeout) {
}
