package dev.agentcore.controlplane.simulator;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.servicemodel.ServiceModel;

/**
 * The simulated account's token vault: OAuth2 and API-key credential providers with the service's rules (names unique
 * per kind, a vendor's configuration in the member the model gives it, a custom vendor's discovery, a secret on
 * create). Secrets go to the simulated Secrets Manager ({@code bedrock-agentcore-identity!default/<kind>/<name>}) and
 * are never answered; an update without one keeps the secret held. Providers settle at once, as AgentCore's do: a
 * change is a transition of their {@link SimulatedStore} that completes as it starts.
 */
@Component
@Profile({ "local", "simulator" })
class SimulatedCredentialProviders {

	private final SimulatorSettings settings;

	private final SimulatedSecretsManager secrets;

	private final SimulatedStore<SimulatedCredentialProvider> providers = SimulatedStore.inMemory(
			SimulatedShape.settled(SimulatedCredentialProvider::key, SimulatedCredentialProvider::sequence));

	private long sequence;

	SimulatedCredentialProviders(SimulatorSettings settings, SimulatedSecretsManager secrets) {
		this.settings = settings;
		this.secrets = secrets;
	}

	synchronized SimulatedCredentialProvider createOauth2(JsonNode request) {
		String vendor = request.path("credentialProviderVendor").asString();
		JsonNode union = request.path("oauth2ProviderConfigInput");
		String secret = config(vendor, union).path("clientSecret").asString("");
		if (secret.isEmpty()) {
			throw AwsError.validation("oauth2ProviderConfigInput", "A client secret is required to create an OAuth2 "
					+ "credential provider");
		}
		return create("oauth2", request.path("name").asString(), vendor, shown(union), secret,
				"https://bedrock-agentcore." + settings.region() + ".amazonaws.com/identities/oauth2/callback/" + UUID.randomUUID());
	}

	synchronized SimulatedCredentialProvider createApiKey(JsonNode request) {
		String key = request.path("apiKey").asString("");
		if (key.isEmpty()) {
			throw AwsError.validation("apiKey", "An API key is required to create an API key credential provider");
		}
		return create("apikey", request.path("name").asString(), null, null, key, null);
	}

	synchronized SimulatedCredentialProvider get(String kind, String name) {
		return providers.find(kind + "/" + name)
			.orElseThrow(() -> AwsError.notFound("Credential provider " + name + " was not found"));
	}

	synchronized SimulatedCredentialProvider updateOauth2(JsonNode request) {
		String vendor = request.path("credentialProviderVendor").asString();
		JsonNode union = request.path("oauth2ProviderConfigInput");
		return update("oauth2", request, config(vendor, union).path("clientSecret").asString(""), vendor, shown(union));
	}

	synchronized SimulatedCredentialProvider updateApiKey(JsonNode request) {
		return update("apikey", request, request.path("apiKey").asString(""), null, null);
	}

	synchronized void delete(String kind, String name) {
		SimulatedCredentialProvider provider = get(kind, name);
		secrets.delete(provider.secretArn(), true, null);
		providers.remove(provider.key());
	}

	synchronized Pages.Page<SimulatedCredentialProvider> list(String kind, Integer maxResults, String nextToken) {
		return providers.page(provider -> provider.kind().equals(kind), maxResults, nextToken);
	}

	String region() {
		return settings.region();
	}

	String account() {
		return settings.accountId();
	}

	/** The provider with its new configuration: a new secret replaces the one held, an update without one keeps it. */
	private SimulatedCredentialProvider update(String kind, JsonNode request, String secret, String vendor, JsonNode config) {
		SimulatedCredentialProvider provider = get(kind, request.path("name").asString());
		if (!secret.isEmpty()) {
			secrets.put(provider.secretArn(), secret, null);
		}
		return providers.start((now, settlesAt) -> provider.updated(vendor, config, now));
	}

	private SimulatedCredentialProvider create(String kind, String name, String vendor, JsonNode config, String secret,
			String callbackUrl) {
		if (providers.contains(kind + "/" + name)) {
			throw AwsError.conflict("A credential provider named " + name + " already exists");
		}
		String secretArn = secrets.create("bedrock-agentcore-identity!default/" + kind + "/" + name,
				"Token vault secret of credential provider " + name, secret, Map.of(), null).arn();
		return providers.start((now, settlesAt) -> new SimulatedCredentialProvider(++sequence, kind, name, vendor, config,
				secretArn, callbackUrl, now, now));
	}

	/**
	 * The vendor's configuration: the one member of the union, the one the model gives the vendor (its own, else the
	 * included one; the custom one for CustomOauth2, with its discovery).
	 */
	private static JsonNode config(String vendor, JsonNode union) {
		String own = vendor.substring(0, 1).toLowerCase(Locale.ROOT) + vendor.substring(1) + "ProviderConfig";
		String expected = ServiceModel.agentCore().shape("Oauth2ProviderConfigInput").members().containsKey(own) ? own
				: "includedOauth2ProviderConfig";
		if (union.size() != 1 || !union.has(expected)) {
			throw AwsError.validation("oauth2ProviderConfigInput", "Vendor " + vendor + " takes " + expected);
		}
		JsonNode config = union.get(expected);
		if (expected.equals("customOauth2ProviderConfig") && config.path("oauthDiscovery").size() != 1) {
			throw AwsError.validation("oauthDiscovery", "A custom OAuth2 provider needs a discovery URL or the authorization "
					+ "server's metadata");
		}
		return config;
	}

	/** The configuration as AgentCore answers it: without the client secret. */
	private static JsonNode shown(JsonNode union) {
		ObjectNode copy = (ObjectNode) union.deepCopy();
		copy.properties().forEach(member -> {
			if (member.getValue() instanceof ObjectNode config) {
				config.remove("clientSecret");
			}
		});
		return copy;
	}

}
