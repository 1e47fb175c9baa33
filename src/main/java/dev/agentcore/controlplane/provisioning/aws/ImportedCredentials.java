package dev.agentcore.controlplane.provisioning.aws;

import java.util.List;

import tools.jackson.databind.JsonNode;

import dev.agentcore.controlplane.gatewaytarget.Credentials;
import dev.agentcore.controlplane.gatewaytarget.Credentials.CredentialType;

import static dev.agentcore.controlplane.provisioning.aws.ImportedJson.listOrNull;
import static dev.agentcore.controlplane.provisioning.aws.ImportedJson.map;
import static dev.agentcore.controlplane.provisioning.aws.ImportedJson.text;

/** A target's {@code credentialProviderConfigurations} as the spec's credentials: none is NONE. */
final class ImportedCredentials {

	private ImportedCredentials() {
	}

	static Credentials of(JsonNode configurations, List<String> notes) {
		if (!configurations.isArray() || configurations.isEmpty()) {
			return new Credentials(CredentialType.NONE, null, null, null, null, null, null, null, null, null);
		}
		if (configurations.size() > 1) {
			notes.add("AWS holds " + configurations.size() + " credential configurations; the API expresses one, the first.");
		}
		JsonNode configuration = configurations.get(0);
		CredentialType type = CredentialType.valueOf(text(configuration, "credentialProviderType"));
		JsonNode provider = configuration.path("credentialProvider");
		JsonNode oauth = provider.path("oauthCredentialProvider");
		JsonNode apiKey = provider.path("apiKeyCredentialProvider");
		JsonNode signing = provider.path("iamCredentialProvider");
		return switch (type) {
			case OAUTH -> new Credentials(type, null, text(oauth, "providerArn"), listOrNull(oauth, "scopes"),
					oauth.path("customParameters").isObject() ? map(oauth.get("customParameters")) : null,
					text(oauth, "grantType") == null ? null : Credentials.GrantType.valueOf(text(oauth, "grantType")),
					text(oauth, "defaultReturnUrl"), null, null, null);
			case API_KEY -> new Credentials(type, null, text(apiKey, "providerArn"), null, null, null, null,
					text(apiKey, "credentialParameterName"), text(apiKey, "credentialPrefix"),
					text(apiKey, "credentialLocation") == null ? null
							: Credentials.KeyLocation.valueOf(text(apiKey, "credentialLocation")));
			default -> new Credentials(type, signing.isObject() ? new Credentials.Signing(text(signing, "service"),
					text(signing, "region")) : null, null, null, null, null, null, null, null, null);
		};
	}

}
