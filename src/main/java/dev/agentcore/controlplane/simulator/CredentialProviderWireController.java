package dev.agentcore.controlplane.simulator;

import java.util.function.Supplier;

import io.swagger.v3.oas.annotations.Hidden;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.agentcore.controlplane.simulator.FaultInjector.CallKind;

/**
 * The token vault's credential provider operations of {@code bedrock-agentcore-control} on the wire
 * ({@code POST /identities/<Operation>}, as the model binds them). Answers never hold a secret.
 */
@Hidden
@RestController
@Profile({ "local", "simulator" })
@AgentCoreWire
class CredentialProviderWireController {

	private final SimulatedCredentialProviders vault;

	private final SimulatedAgentCore account;

	private final FaultInjector faults;

	CredentialProviderWireController(SimulatedCredentialProviders vault, SimulatedAgentCore account, FaultInjector faults) {
		this.vault = vault;
		this.account = account;
		this.faults = faults;
	}

	@AwsOperation("CreateOauth2CredentialProvider")
	ResponseEntity<JsonNode> createOauth2(@RequestBody(required = false) JsonNode body) {
		return call("CreateOauth2CredentialProvider", CallKind.MUTATING, () -> oauth2(vault.createOauth2(WireBodies.object(body))));
	}

	@AwsOperation("GetOauth2CredentialProvider")
	ResponseEntity<JsonNode> getOauth2(@RequestBody(required = false) JsonNode body) {
		return call("GetOauth2CredentialProvider", CallKind.READ, () -> oauth2(vault.get("oauth2", name(body))));
	}

	@AwsOperation("UpdateOauth2CredentialProvider")
	ResponseEntity<JsonNode> updateOauth2(@RequestBody(required = false) JsonNode body) {
		return call("UpdateOauth2CredentialProvider", CallKind.MUTATING, () -> oauth2(vault.updateOauth2(WireBodies.object(body))));
	}

	@AwsOperation("DeleteOauth2CredentialProvider")
	ResponseEntity<JsonNode> deleteOauth2(@RequestBody(required = false) JsonNode body) {
		return call("DeleteOauth2CredentialProvider", CallKind.MUTATING, () -> deleted("oauth2", body));
	}

	@AwsOperation("ListOauth2CredentialProviders")
	ResponseEntity<JsonNode> listOauth2(@RequestBody(required = false) JsonNode body) {
		return call("ListOauth2CredentialProviders", CallKind.READ, () -> list("oauth2", body));
	}

	@AwsOperation("CreateApiKeyCredentialProvider")
	ResponseEntity<JsonNode> createApiKey(@RequestBody(required = false) JsonNode body) {
		return call("CreateApiKeyCredentialProvider", CallKind.MUTATING, () -> apiKey(vault.createApiKey(WireBodies.object(body))));
	}

	@AwsOperation("GetApiKeyCredentialProvider")
	ResponseEntity<JsonNode> getApiKey(@RequestBody(required = false) JsonNode body) {
		return call("GetApiKeyCredentialProvider", CallKind.READ, () -> apiKey(vault.get("apikey", name(body))));
	}

	@AwsOperation("UpdateApiKeyCredentialProvider")
	ResponseEntity<JsonNode> updateApiKey(@RequestBody(required = false) JsonNode body) {
		return call("UpdateApiKeyCredentialProvider", CallKind.MUTATING, () -> apiKey(vault.updateApiKey(WireBodies.object(body))));
	}

	@AwsOperation("DeleteApiKeyCredentialProvider")
	ResponseEntity<JsonNode> deleteApiKey(@RequestBody(required = false) JsonNode body) {
		return call("DeleteApiKeyCredentialProvider", CallKind.MUTATING, () -> deleted("apikey", body));
	}

	@AwsOperation("ListApiKeyCredentialProviders")
	ResponseEntity<JsonNode> listApiKeys(@RequestBody(required = false) JsonNode body) {
		return call("ListApiKeyCredentialProviders", CallKind.READ, () -> list("apikey", body));
	}

	private ResponseEntity<JsonNode> call(String operation, CallKind kind, Supplier<JsonNode> work) {
		return WireAnswers.answer(account, faults, operation, kind, work);
	}

	private JsonNode list(String kind, JsonNode body) {
		JsonNode request = WireBodies.object(body);
		return WireAnswers.page("credentialProviders", vault.list(kind, request.hasNonNull("maxResults")
				? request.get("maxResults").asInt() : null, request.path("nextToken").asString(null)), provider -> {
					ObjectNode item = common(provider);
					return provider.vendor() == null ? item : item.put("credentialProviderVendor", provider.vendor());
				});
	}

	private JsonNode deleted(String kind, JsonNode body) {
		vault.delete(kind, name(body));
		return JsonNodeFactory.instance.objectNode();
	}

	private ObjectNode oauth2(SimulatedCredentialProvider provider) {
		ObjectNode node = common(provider).put("credentialProviderVendor", provider.vendor())
			.put("callbackUrl", provider.callbackUrl()).put("status", "READY");
		node.putObject("clientSecretArn").put("secretArn", provider.secretArn());
		return node.set("oauth2ProviderConfigOutput", provider.config());
	}

	private ObjectNode apiKey(SimulatedCredentialProvider provider) {
		ObjectNode node = common(provider);
		node.putObject("apiKeySecretArn").put("secretArn", provider.secretArn());
		return node;
	}

	private ObjectNode common(SimulatedCredentialProvider provider) {
		return JsonNodeFactory.instance.objectNode()
			.put("name", provider.name())
			.put("credentialProviderArn", provider.arn(vault.region(), vault.account()))
			.put("createdTime", provider.createdAt().getEpochSecond())
			.put("lastUpdatedTime", provider.updatedAt().getEpochSecond());
	}

	private static String name(JsonNode body) {
		return WireBodies.object(body).path("name").asString();
	}

}
