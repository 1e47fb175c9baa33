package dev.agentcore.controlplane.simulator;

import java.net.URI;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

import org.springframework.context.ConfigurableApplicationContext;

import dev.agentcore.controlplane.support.QueryEndpointPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An assumed role's credentials reach the simulated IAM, Cognito and Secrets Manager of that role's account (and, for
 * the regional two, the region of the signing scope), as they reach its AgentCore: what they make carries that
 * account, and the simulator's own account does not see it.
 */
class AssumedRoleServicesIntegrationTests {

	private static final String SECOND = SimulatedAccounts.SECOND_ACCOUNT;

	static ConfigurableApplicationContext simulator;

	static String base;

	static StaticCredentialsProvider own = StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x"));

	static StaticCredentialsProvider assumed;

	@BeforeAll
	static void start() {
		simulator = AgentCoreSimulator.run("--server.port=0");
		base = "http://localhost:" + simulator.getEnvironment().getProperty("local.server.port");
		try (StsClient sts = StsClient.builder().endpointOverride(URI.create(base + StsWireController.BASE_PATH))
			.region(Region.US_EAST_1).credentialsProvider(own)
			.overrideConfiguration(config -> config.addExecutionInterceptor(new QueryEndpointPath(StsWireController.BASE_PATH)))
			.build()) {
			Credentials session = sts.assumeRole(r -> r.roleArn("arn:aws:iam::" + SECOND + ":role/AgentCoreControlPlaneAccess")
				.externalId(SimulatedAccounts.LOCAL_EXTERNAL_ID).roleSessionName("test")).credentials();
			assumed = StaticCredentialsProvider.create(AwsSessionCredentials.create(session.accessKeyId(),
					session.secretAccessKey(), session.sessionToken()));
		}
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@Test
	void rolesMadeWithAssumedCredentialsAreInThatAccountsIam() {
		try (IamClient theirs = iam(assumed); IamClient ours = iam(own)) {
			assertThat(theirs.getRole(r -> r.roleName("AgentCoreControlPlaneAccess")).role().arn())
				.isEqualTo("arn:aws:iam::" + SECOND + ":role/AgentCoreControlPlaneAccess");
			String arn = theirs.createRole(r -> r.roleName("PlacedRole").assumeRolePolicyDocument("""
					{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service":
					 "bedrock-agentcore.amazonaws.com"}, "Action": "sts:AssumeRole"}]}""")).role().arn();
			assertThat(arn).isEqualTo("arn:aws:iam::" + SECOND + ":role/PlacedRole");
			assertThatThrownBy(() -> ours.getRole(r -> r.roleName("PlacedRole"))).isInstanceOf(NoSuchEntityException.class);
		}
	}

	@Test
	void poolsAndSecretsMadeWithAssumedCredentialsAreInThatAccountAndTheScopesRegion() {
		try (CognitoIdentityProviderClient theirs = cognito(assumed, Region.EU_WEST_1);
				CognitoIdentityProviderClient ours = cognito(own, Region.US_EAST_1);
				SecretsManagerClient theirSecrets = secrets(assumed, Region.EU_WEST_1);
				SecretsManagerClient ourSecrets = secrets(own, Region.US_EAST_1)) {
			var pool = theirs.createUserPool(r -> r.poolName("placed-pool")).userPool();
			assertThat(pool.arn()).isEqualTo("arn:aws:cognito-idp:eu-west-1:" + SECOND + ":userpool/" + pool.id());
			assertThat(ours.listUserPools(r -> r.maxResults(60)).userPools()).noneMatch(p -> p.id().equals(pool.id()));
			assertThat(theirs.listUserPools(r -> r.maxResults(60)).userPools()).anyMatch(p -> p.id().equals(pool.id()));

			String secret = theirSecrets.createSecret(r -> r.name("placed-secret").secretString("s3cr3t")).arn();
			assertThat(secret).startsWith("arn:aws:secretsmanager:eu-west-1:" + SECOND + ":secret:placed-secret-");
			assertThat(theirSecrets.getSecretValue(r -> r.secretId("placed-secret")).secretString()).isEqualTo("s3cr3t");
			assertThatThrownBy(() -> ourSecrets.getSecretValue(r -> r.secretId("placed-secret")))
				.isInstanceOf(software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException.class);
		}
	}

	private static IamClient iam(StaticCredentialsProvider credentials) {
		return IamClient.builder().endpointOverride(URI.create(base + IamWireController.BASE_PATH)).region(Region.AWS_GLOBAL)
			.credentialsProvider(credentials)
			.overrideConfiguration(config -> config.addExecutionInterceptor(new QueryEndpointPath(IamWireController.BASE_PATH)))
			.build();
	}

	private static CognitoIdentityProviderClient cognito(StaticCredentialsProvider credentials, Region region) {
		return CognitoIdentityProviderClient.builder().endpointOverride(URI.create(base + "/local/aws/cognito"))
			.region(region).credentialsProvider(credentials).build();
	}

	private static SecretsManagerClient secrets(StaticCredentialsProvider credentials, Region region) {
		return SecretsManagerClient.builder().endpointOverride(URI.create(base + "/local/aws/secretsmanager"))
			.region(region).credentialsProvider(credentials).build();
	}

}
