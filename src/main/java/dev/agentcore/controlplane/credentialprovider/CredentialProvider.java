package dev.agentcore.controlplane.credentialprovider;

import java.util.UUID;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

import dev.agentcore.controlplane.credentialprovider.CredentialProviderSpec.ProviderType;
import dev.agentcore.controlplane.resource.ChangeAccepted;
import dev.agentcore.controlplane.resource.EventType;
import dev.agentcore.controlplane.resource.Lifecycle;
import dev.agentcore.controlplane.resource.ManagedKind;
import dev.agentcore.controlplane.resource.SpecifiedResource;
import dev.agentcore.controlplane.resource.ResourceStatus;
import dev.agentcore.controlplane.resource.ResourceType;
import dev.agentcore.controlplane.web.Ids;
import dev.agentcore.controlplane.web.InvalidRequest;

/**
 * An OAuth2 or API-key credential provider in AgentCore Identity's token vault: what a team declared ({@code spec},
 * never its secret), the generation whose request carried the secret AgentCore should hold, and what AWS reports.
 */
@Table("credential_providers")
public class CredentialProvider extends SpecifiedResource<CredentialProvider, CredentialProviderSpec, CredentialProvider.AwsProvider> {

	static final ManagedKind KIND = new ManagedKind(ResourceType.CREDENTIAL_PROVIDER, "credential provider",
			"CREDENTIAL_PROVIDER", "", "in the AWS account's token vault, so across all teams");

	private long secretGeneration;

	@PersistenceCreator
	CredentialProvider(UUID id, String team, String name, CredentialProviderSpec spec, Integer version,
			Lifecycle lifecycle, String createdBy, long secretGeneration, ResourceStatus status, AwsProvider aws) {
		super(KIND, id, team, name, spec, version, lifecycle, createdBy, status, aws);
		this.secretGeneration = secretGeneration;
	}

	static CredentialProvider declare(String team, String name, CredentialProviderSpec spec, String actor) {
		return new CredentialProvider(Ids.newId(), team, name, spec, null, Lifecycle.declared(), actor, 1,
				ResourceStatus.accepted(), AwsProvider.NONE).declared(spec, actor);
	}

	/**
	 * Accepts a new spec, with a new secret when {@code secretGiven} (a rotation: recorded without its value);
	 * returns false when nothing changed. The type cannot change.
	 */
	boolean respecify(String newName, CredentialProviderSpec newSpec, boolean secretGiven, String actor) {
		checkChange(newName);
		if (spec().equals(newSpec) && !secretGiven) {
			return false;
		}
		if (spec().type() != newSpec.type()) {
			throw CredentialProviderProblems.typeImmutable(spec().type());
		}
		if (!replaceSpec(newSpec, actor)) {
			nextGeneration(KIND.named(name()) + ": secret given", actor);
			audited(ChangeAccepted.replaced(ref(), spec(), newSpec));
		}
		if (secretGiven) {
			secretGeneration = generation();
			accepted(EventType.SPEC_ACCEPTED, KIND.named(name()) + ": secret rotated (generation " + generation()
					+ "); the value is sent to AgentCore and not kept.", actor);
		}
		return true;
	}

	/** The generation whose request carried the secret AgentCore should hold. */
	public long secretGeneration() {
		return secretGeneration;
	}

	/**
	 * What AWS holds: the provider's name in the token vault, its ARN (what a target names), the OAuth2 callback URL
	 * the vendor must allow, and the ARN of the token vault's secret.
	 */
	public record AwsProvider(@ReadOnlyProperty String providerName, @ReadOnlyProperty String providerArn,
			@ReadOnlyProperty String callbackUrl, @ReadOnlyProperty String secretArn, @ReadOnlyProperty String status) {

		static final AwsProvider NONE = new AwsProvider(null, null, null, null, null);

	}

	/** This provider, for credentials of {@code type} named in {@code field}: 400 unless it is of that type and stays. */
	CredentialProvider usableAs(ProviderType type, String field) {
		if (spec().type() != type) {
			throw InvalidRequest.rule("CREDENTIAL_PROVIDER_TYPE_MISMATCH", field, "Credential provider " + name() + " is "
					+ spec().type() + "; these credentials need an " + type + " provider.");
		}
		if (deletionRequested()) {
			throw InvalidRequest.rule("CREDENTIAL_PROVIDER_DELETING", field, "Credential provider " + name()
					+ " is being deleted; name another one.");
		}
		return this;
	}

}
