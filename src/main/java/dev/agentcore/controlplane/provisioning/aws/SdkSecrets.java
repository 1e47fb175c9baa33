package dev.agentcore.controlplane.provisioning.aws;

import java.util.Map;

import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.Tag;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.idp.ClientSecret;
import dev.agentcore.controlplane.idp.ClientSecrets;
import dev.agentcore.controlplane.provisioning.AgentCore.Call;
import dev.agentcore.controlplane.provisioning.AgentCoreFailure;
import dev.agentcore.controlplane.provisioning.ClientSecretStore;

/**
 * Client secrets in AWS Secrets Manager: stored by the provisioner as {@code {"clientId",
 * "clientSecret"}}, read back for token requests. Values never appear in a log or an exception.
 */
@Component
class SdkSecrets implements ClientSecretStore, ClientSecrets {

	private final IdentityClients clients;

	private final SdkCalls calls;

	private final JsonMapper json;

	SdkSecrets(IdentityClients clients, SdkCalls calls, JsonMapper json) {
		this.clients = clients;
		this.calls = calls;
		this.json = json;
	}

	@Override
	public Call<String> store(String name, String value, Map<String, String> tags) {
		try {
			var created = calls.mutating("CreateSecret", () -> aws().createSecret(r -> r.name(name)
				.secretString(value)
				.description("Client secret of a managed Cognito app client (AgentCore gateway control plane)")
				.tags(tags.entrySet().stream().map(tag -> Tag.builder().key(tag.getKey()).value(tag.getValue()).build()).toList())));
			return new Call<>(created.arn(), created.responseMetadata().requestId());
		}
		catch (AgentCoreFailure ex) {
			if (!"ResourceExistsException".equals(ex.errorType())) {
				throw ex;
			}
		}
		var put = calls.mutating("PutSecretValue", () -> aws().putSecretValue(r -> r.secretId(name).secretString(value)));
		return new Call<>(put.arn(), put.responseMetadata().requestId());
	}

	@Override
	public boolean exists(String nameOrArn) {
		return calls.readIfPresent("DescribeSecret", () -> aws().describeSecret(r -> r.secretId(nameOrArn)))
			.filter(secret -> secret.deletedDate() == null)
			.isPresent();
	}

	@Override
	public Call<Void> delete(String nameOrArn) {
		return new Call<>(null, calls.deleteIfPresent("DeleteSecret", () -> aws()
			.deleteSecret(r -> r.secretId(nameOrArn).forceDeleteWithoutRecovery(true))
			.responseMetadata()
			.requestId()));
	}

	@Override
	public ClientSecret read(String secretArn) {
		String value;
		try {
			value = calls.read("GetSecretValue", () -> aws().getSecretValue(r -> r.secretId(secretArn)).secretString());
		}
		catch (AgentCoreFailure ex) {
			throw new ClientSecrets.Unreadable(ex.errorType() + " for " + secretArn);
		}
		try {
			JsonNode secret = json.readTree(value == null ? "" : value);
			JsonNode clientSecret = secret.get("clientSecret");
			if (clientSecret == null || !clientSecret.isString()) {
				throw new ClientSecrets.Unreadable("the secret " + secretArn + " has no 'clientSecret'");
			}
			return new ClientSecret(clientSecret.stringValue());
		}
		catch (JacksonException ex) {
			throw new ClientSecrets.Unreadable("the secret " + secretArn + " is not JSON");
		}
	}

	private SecretsManagerClient aws() {
		return clients.secrets();
	}

}
