package dev.agentcore.controlplane.idp;

import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.relational.core.mapping.Embedded;

/**
 * What a managed profile adds to one the team runs, embedded in its row: the Cognito identity provider declared,
 * what AWS holds for it, the app clients the provisioner made so far, and what gateways were last told of the
 * authorizer. For one the team runs, {@code managed} is null and the rest empty. Only {@code managed} is written
 * with the profile; the provisioner writes the rest through its report.
 *
 * @param managed the Cognito identity provider the control plane manages; null when the team runs its own
 * @param aws what AWS holds for it
 * @param managedClients the app clients created so far
 * @param publishedAuthorizer the discovery URL and client ids gateways were last told ({@link #fingerprint})
 */
public record ManagedIdentityProvider(ManagedCognito managed, @Embedded.Empty(prefix = "aws_") AwsUserPool aws,
		@ReadOnlyProperty ManagedClients managedClients, @ReadOnlyProperty String publishedAuthorizer) {

	public ManagedIdentityProvider {
		aws = aws == null ? AwsUserPool.NONE : aws;
		managedClients = managedClients == null ? ManagedClients.NONE : managedClients;
	}

	/** A new profile's: a managed one's domain prefix, when not given, is derived from the profile's name and id. */
	static ManagedIdentityProvider declared(ManagedCognito managed, String name, UUID id) {
		ManagedCognito prefixed = managed == null || managed.domainPrefix() != null ? managed
				: managed.withDomainPrefix(ManagedCognitoRules.derivedDomainPrefix(name, id));
		return new ManagedIdentityProvider(prefixed, null, null, null);
	}

	/** The same with {@code declared}; a profile cannot change between managed and not (MANAGED_IMMUTABLE). */
	ManagedIdentityProvider respecified(ManagedCognito declared) {
		if ((managed == null) != (declared == null)) {
			throw IdpProfileProblems.managedImmutable(managed != null);
		}
		return new ManagedIdentityProvider(declared, aws, managedClients, publishedAuthorizer);
	}

	/** Whether {@code declared} changes what the provisioner made: a new generation. */
	boolean provisionedPartsChange(ManagedCognito declared) {
		return managed != null && !managed.equals(declared);
	}

	/**
	 * The authorizer settings gateways use: {@code declared}, with the discovery URL and client ids the provisioner
	 * filled in for a managed profile (none until its user pool exists).
	 */
	IdpProfileSpec effective(IdpProfileSpec declared) {
		if (managed == null) {
			return declared;
		}
		List<String> clients = managedClients.clients().stream().map(ManagedClient::clientId).toList();
		return new IdpProfileSpec(declared.description(), declared.provider(), aws.discoveryUrl(), clients,
				declared.allowedAudience(), declared.allowedScopes(), declared.customClaims());
	}

	/** Whether gateways can use it: a managed profile needs its user pool and clients first. */
	boolean authorizerReady() {
		return managed == null || (aws.discoveryUrl() != null && !managedClients.clients().isEmpty());
	}

}
