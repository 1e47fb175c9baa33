package dev.agentcore.controlplane.permissions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.agentcore.controlplane.credentialprovider.CredentialProvider;
import dev.agentcore.controlplane.credentialprovider.CredentialProviderSpec.ProviderType;

/**
 * The least-privilege caller policy for managing one credential provider: its operations on the provider and its
 * token vault, the Secrets Manager calls AgentCore Identity makes with the caller's credentials for the provider's
 * secret, and the list that cannot be limited. Until AWS has created it, its ARN is a pattern on its name (any region:
 * an ARN is known only once AgentCore made it).
 */
final class CredentialProviderPermissions {

	private CredentialProviderPermissions() {
	}

	/**
	 * @param callerPolicy what the control plane's AWS identity needs
	 * @param notes what to know about it
	 */
	record Plan(Map<String, Object> callerPolicy, List<String> notes) {
	}

	static Plan plan(CredentialProvider provider, String account) {
		boolean oauth2 = provider.spec().type() == ProviderType.OAUTH2;
		List<String> notes = new ArrayList<>();
		String arn = provider.aws().providerArn();
		if (arn == null) {
			arn = pattern(provider.name(), oauth2, "aws", account);
			notes.add("The provider has no ARN yet; its statements name every provider called " + provider.name()
					+ " in any region and account. Narrow them to its ARN once it is created (GET this again).");
		}
		Arn parsed = Arn.parse(arn);
		String vault = "arn:" + parsed.partition() + ":bedrock-agentcore:" + parsed.region() + ":" + parsed.account()
				+ ":token-vault/default";
		String noun = oauth2 ? "Oauth2CredentialProvider" : "ApiKeyCredentialProvider";
		PolicyDocument caller = new PolicyDocument()
			.allow("ManageCredentialProvider", List.of("bedrock-agentcore:Create" + noun, "bedrock-agentcore:Get" + noun,
					"bedrock-agentcore:Update" + noun, "bedrock-agentcore:Delete" + noun), List.of(vault, arn))
			.allow("KeepProviderSecret", List.of("secretsmanager:CreateSecret", "secretsmanager:PutSecretValue",
					"secretsmanager:DescribeSecret", "secretsmanager:DeleteSecret"), List.of(secret(parsed, oauth2, provider.name())))
			.allow("ListCredentialProviders", List.of("bedrock-agentcore:ListOauth2CredentialProviders",
					"bedrock-agentcore:ListApiKeyCredentialProviders"), List.of("*"));
		notes.add("AgentCore Identity keeps the " + (oauth2 ? "client secret" : "API key") + " in a Secrets Manager secret "
				+ "it creates with the caller's credentials; the control plane never stores it.");
		notes.add("The gateways whose targets use the provider need more: their execution role reads its token or key "
				+ "(GetResourceOauth2Token / GetResourceApiKey) and its secret, see GET /api/v1/gateways/{id}/permissions.");
		return new Plan(caller.json(), List.copyOf(notes));
	}

	/** The ARN of a provider AWS has not created yet. */
	static String pattern(String name, boolean oauth2, String partition, String account) {
		return "arn:" + partition + ":bedrock-agentcore:*:" + account + ":token-vault/default/"
				+ (oauth2 ? "oauth2credentialprovider/" : "apikeycredentialprovider/") + name;
	}

	private static String secret(Arn provider, boolean oauth2, String name) {
		return "arn:" + provider.partition() + ":secretsmanager:" + provider.region() + ":" + provider.account()
				+ ":secret:bedrock-agentcore-identity!default/" + (oauth2 ? "oauth2" : "apikey") + "/" + name + "-*";
	}

}
