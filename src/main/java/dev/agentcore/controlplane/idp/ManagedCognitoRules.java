package dev.agentcore.controlplane.idp;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import dev.agentcore.controlplane.web.InvalidRequest;

/**
 * The rules of a managed Cognito identity provider, checked before anything reaches AWS: the
 * provisioner fills in what AWS creates, client scopes must exist on the resource server, and the
 * hosted domain's prefix follows Cognito's rules.
 */
final class ManagedCognitoRules {

	/** Cognito refuses domain prefixes that contain these words. */
	static final List<String> RESERVED_DOMAIN_WORDS = List.of("aws", "amazon", "cognito");

	private ManagedCognitoRules() {
	}

	static void check(IdpProfileSpec spec, ManagedCognito managed) {
		if (spec.provider() != Provider.COGNITO) {
			throw InvalidRequest.rule("MANAGED_REQUIRES_COGNITO", "provider",
					"The control plane manages Cognito identity providers only: set provider COGNITO, or drop 'managed' and "
							+ "point discoveryUrl at your " + spec.provider() + " issuer.");
		}
		if (spec.discoveryUrl() != null) {
			throw filledByProvisioner("discoveryUrl", "the user pool's discovery URL");
		}
		if (!spec.allowedClients().isEmpty()) {
			throw filledByProvisioner("allowedClients", "the app client ids");
		}
		if (!spec.allowedAudience().isEmpty()) {
			throw InvalidRequest.rule("COGNITO_TOKENS_HAVE_NO_AUD", "allowedAudience",
					"Cognito client-credentials tokens carry 'client_id' and no 'aud', so a gateway with allowedAudience "
							+ "answers '401 Invalid Bearer token'. Remove allowedAudience: the managed clients are allowed by id.");
		}
		IdpProfileRules.reservedClaims(spec);
		List<String> defined = managed.fullScopes();
		Set<String> names = new HashSet<>();
		for (int i = 0; i < managed.clients().size(); i++) {
			ManagedCognito.Client client = managed.clients().get(i);
			if (!names.add(client.name())) {
				throw InvalidRequest.rule("DUPLICATE_CLIENT_NAME", "managed.clients[" + i + "].name",
						"Two clients are named '" + client.name() + "'; each client needs its own name.");
			}
			for (int j = 0; j < client.scopes().size(); j++) {
				if (!defined.contains(client.scopes().get(j))) {
					throw InvalidRequest.rule("UNKNOWN_CLIENT_SCOPE", "managed.clients[" + i + "].scopes[" + j + "]",
							"'" + client.scopes().get(j) + "' is not a scope of the resource server; use one of " + defined
									+ " (scopes are '<identifier>/<scope>').");
				}
			}
		}
		if (managed.domainPrefix() != null && reservedWord(managed.domainPrefix()) != null) {
			throw InvalidRequest.rule("INVALID_DOMAIN_PREFIX", "managed.domainPrefix", "Cognito refuses domain prefixes "
					+ "containing '" + reservedWord(managed.domainPrefix()) + "'; choose another prefix.");
		}
	}

	/** The resource server's identifier and the domain prefix stay; an omitted prefix means the current one. */
	static ManagedCognito keepImmutableParts(ManagedCognito current, ManagedCognito requested) {
		if (current == null || requested == null) {
			return requested;
		}
		String identifier = current.resourceServer().identifier();
		if (!identifier.equals(requested.resourceServer().identifier())) {
			throw IdpProfileProblems.managedPartImmutable("resource server identifier", identifier);
		}
		if (requested.domainPrefix() != null && !requested.domainPrefix().equals(current.domainPrefix())) {
			throw IdpProfileProblems.managedPartImmutable("domain prefix", current.domainPrefix());
		}
		return requested.withDomainPrefix(current.domainPrefix());
	}

	/**
	 * A hosted-domain prefix for a profile that names none: its name without Cognito's reserved
	 * words, and a part of its id, since prefixes are unique in the whole region.
	 */
	static String derivedDomainPrefix(String profileName, UUID id) {
		String base = profileName.toLowerCase(Locale.ROOT);
		for (String word : RESERVED_DOMAIN_WORDS) {
			base = base.replace(word, "");
		}
		base = base.replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
		if (base.length() > 40) {
			base = base.substring(0, 40).replaceAll("-$", "");
		}
		String suffix = id.toString().replace("-", "");
		return (base.isEmpty() ? "idp" : base) + "-" + suffix.substring(suffix.length() - 10);
	}

	private static String reservedWord(String prefix) {
		return RESERVED_DOMAIN_WORDS.stream().filter(prefix::contains).findFirst().orElse(null);
	}

	private static InvalidRequest filledByProvisioner(String field, String what) {
		return InvalidRequest.rule("MANAGED_FIELDS_FILLED_BY_PROVISIONER", field, "For a managed profile the provisioner "
				+ "fills in " + field + " with " + what + "; leave it out.");
	}

}
