package dev.agentcore.controlplane.provisioning.aws;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.provisioning.AwsPlacement;

/**
 * The Cognito and Secrets Manager clients of managed identity providers, one each, built on first
 * use (in the embedded default their endpoint is this server's simulator, known once it runs).
 */
@Component
class IdentityClients implements DisposableBean {

	static final String LOCAL_COGNITO_PATH = "/local/aws/cognito";

	static final String LOCAL_SECRETS_MANAGER_PATH = "/local/aws/secretsmanager";

	private final AwsSettings settings;

	private final AwsClientConfiguration configuration;

	private volatile CognitoIdentityProviderClient cognito;

	private volatile SecretsManagerClient secrets;

	/** The assumed-role credentials of the accounts gateways are placed in. */
	private final AssumedCredentials assumed;

	/** Cognito of the accounts and regions gateways are placed in, one client each. */
	private final Map<AwsPlacement.Target, CognitoIdentityProviderClient> placedCognito = new ConcurrentHashMap<>();

	/** Secrets Manager of the accounts and regions gateways are placed in, one client each. */
	private final Map<AwsPlacement.Target, SecretsManagerClient> placedSecrets = new ConcurrentHashMap<>();

	IdentityClients(AwsSettings settings, Environment environment, AssumedCredentials assumed) {
		this.settings = settings;
		this.configuration = new AwsClientConfiguration(settings, environment);
		this.assumed = assumed;
	}

	/** Cognito of the running reconcile's account and region ({@link AwsPlacement}), else the control plane's own. */
	CognitoIdentityProviderClient cognito() {
		AwsPlacement.Target target = AwsPlacement.current();
		if (target != null) {
			return placedCognito.computeIfAbsent(target, key -> configuration
				.configure(CognitoIdentityProviderClient.builder(), settings.cognitoEndpoint(), LOCAL_COGNITO_PATH)
				.credentialsProvider(assumed.of(key))
				.region(Region.of(key.region()))
				.build());
		}
		if (cognito == null) {
			synchronized (this) {
				if (cognito == null) {
					cognito = configuration.configure(CognitoIdentityProviderClient.builder(), settings.cognitoEndpoint(),
							LOCAL_COGNITO_PATH).build();
				}
			}
		}
		return cognito;
	}

	/** Secrets Manager of the running reconcile's account and region, else the control plane's own. */
	SecretsManagerClient secrets() {
		AwsPlacement.Target target = AwsPlacement.current();
		if (target != null) {
			return placedSecrets.computeIfAbsent(target, key -> configuration
				.configure(SecretsManagerClient.builder(), settings.secretsManagerEndpoint(), LOCAL_SECRETS_MANAGER_PATH)
				.credentialsProvider(assumed.of(key))
				.region(Region.of(key.region()))
				.build());
		}
		if (secrets == null) {
			synchronized (this) {
				if (secrets == null) {
					secrets = configuration.configure(SecretsManagerClient.builder(), settings.secretsManagerEndpoint(),
							LOCAL_SECRETS_MANAGER_PATH).build();
				}
			}
		}
		return secrets;
	}

	/**
	 * The issuer of a user pool: Cognito's {@code https://cognito-idp.<region>.amazonaws.com/<pool id>},
	 * or under the simulator's endpoint, where a simulated pool is its own issuer.
	 */
	String issuer(String userPoolId) {
		String endpoint = configuration.endpoint(settings.cognitoEndpoint(), LOCAL_COGNITO_PATH);
		if (endpoint != null) {
			return (endpoint.endsWith("/") ? endpoint : endpoint + "/") + userPoolId;
		}
		AwsPlacement.Target target = AwsPlacement.current();
		Region region = target != null ? Region.of(target.region()) : configuration.region();
		return "https://cognito-idp." + region.id() + ".amazonaws.com/" + userPoolId;
	}

	@Override
	public void destroy() {
		if (cognito != null) {
			cognito.close();
		}
		if (secrets != null) {
			secrets.close();
		}
		placedCognito.values().forEach(CognitoIdentityProviderClient::close);
		placedSecrets.values().forEach(SecretsManagerClient::close);
	}

}
