package dev.agentcore.controlplane.credentialprovider;

import java.util.List;
import java.util.Locale;

import dev.agentcore.controlplane.servicemodel.ServiceModel;

/**
 * AgentCore's OAuth2 vendors and the configuration each takes, read from the service model data: the vendors are
 * {@code CredentialProviderVendorType}'s values; a vendor whose name matches a member of
 * {@code Oauth2ProviderConfigInput} ({@code GithubOauth2} → {@code githubOauth2ProviderConfig}) takes that shape, the
 * others take {@code includedOauth2ProviderConfig} (client, issuer, endpoints), and {@code CustomOauth2} takes a
 * discovery URL or the authorization server's metadata.
 */
public final class Vendors {

	public static final String CUSTOM = "CustomOauth2";

	private static final ServiceModel MODEL = ServiceModel.agentCore();

	private Vendors() {
	}

	/** Every vendor the model names. */
	public static List<String> all() {
		return MODEL.shape("CredentialProviderVendorType").constraints().values();
	}

	/** The member of {@code Oauth2ProviderConfigInput} the vendor's configuration goes in. */
	public static String configMember(String vendor) {
		String own = vendor.substring(0, 1).toLowerCase(Locale.ROOT) + vendor.substring(1) + "ProviderConfig";
		return MODEL.shape("Oauth2ProviderConfigInput").members().containsKey(own) ? own : "includedOauth2ProviderConfig";
	}

	/** Whether the vendor's configuration has only a client (AgentCore knows the vendor's endpoints). */
	public static boolean clientOnly(String vendor) {
		String member = configMember(vendor);
		return !member.equals("includedOauth2ProviderConfig") && !vendor.equals(CUSTOM);
	}

	/** The discovery URL pattern of the model ({@code DiscoveryUrlType}). */
	static String discoveryUrlPattern() {
		return MODEL.shape("DiscoveryUrlType").constraints().pattern();
	}

}
