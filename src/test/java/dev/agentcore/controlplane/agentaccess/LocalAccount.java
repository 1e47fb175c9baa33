package dev.agentcore.controlplane.agentaccess;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import tools.jackson.databind.JsonNode;

import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.Await;

/**
 * The embedded default as a test sees it: API calls with local-issuer tokens (every answer kept,
 * so a test can look for secrets in all of them), and the simulated Cognito and Secrets Manager
 * through the real SDK, out of band, as someone with AWS access would look.
 */
final class LocalAccount {

	static final Duration CONVERGE = Duration.ofSeconds(60);

	final int port;

	final Http http;

	final String token;

	final List<String> answers = new ArrayList<>();

	final CognitoIdentityProviderClient cognito;

	final SecretsManagerClient secrets;

	LocalAccount(int port, String team) {
		this.port = port;
		this.http = new Http(port);
		this.token = http.postJson("/local/tokens", null, "{\"team\": \"" + team + "\", \"scopes\": [\"controlplane:write\"]}")
			.json()
			.get("access_token")
			.asString();
		StaticCredentialsProvider credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x"));
		this.cognito = CognitoIdentityProviderClient.builder()
			.endpointOverride(URI.create("http://localhost:" + port + "/local/aws/cognito"))
			.region(Region.US_EAST_1)
			.credentialsProvider(credentials)
			.build();
		this.secrets = SecretsManagerClient.builder()
			.endpointOverride(URI.create("http://localhost:" + port + "/local/aws/secretsmanager"))
			.region(Region.US_EAST_1)
			.credentialsProvider(credentials)
			.build();
	}

	Http.Response get(String path) {
		return kept(http.get(path, token));
	}

	Http.Response post(String path, String json) {
		return kept(http.postJson(path, token, json));
	}

	Http.Response put(String path, String ifMatch, String json) {
		return kept(http.send("PUT", path, token, "application/json", json, java.util.Map.of("If-Match", ifMatch)));
	}

	Http.Response delete(String path, String ifMatch) {
		return kept(http.send("DELETE", path, token, null, null, java.util.Map.of("If-Match", ifMatch)));
	}

	String created(String path, String json) {
		Http.Response response = post(path, json);
		if (response.status() != 201 && response.status() != 202) {
			throw new AssertionError(path + " answered " + response.status() + ": " + response.body());
		}
		return response.json().get("id").asString();
	}

	JsonNode awaitPhase(String path, String phase) {
		return await(() -> {
			JsonNode resource = get(path).json();
			return phase.equals(resource.at("/status/phase").asString()) ? resource : null;
		}, path + " to be " + phase);
	}

	void awaitGone(String path) {
		await(() -> get(path).status() == 404 ? true : null, path + " to be deleted");
	}

	static <T> T await(Supplier<T> condition, String what) {
		return Await.until(CONVERGE, what, condition);
	}

	private Http.Response kept(Http.Response response) {
		answers.add(response.body());
		return response;
	}

}
