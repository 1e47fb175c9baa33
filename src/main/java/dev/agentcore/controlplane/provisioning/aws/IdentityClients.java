package dev.agentcore.controlplane.provisioning.aws;

import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

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

	IdentityClients(AwsSettings settings, Environment environment) {
		this.settings = settings;
		this.configuration = new AwsClientConfiguration(settings, environment);
	}

	CognitoIdentityProviderClient cognito() {
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

	SecretsManagerClient secrets() {
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
		Region region = configuration.region();
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
	}

}
