package dev.agentcore.controlplane.credentialprovider;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.agentcore.controlplane.UniqueConstraints;
import dev.agentcore.controlplane.credentialprovider.CredentialProviderSpec.ProviderType;
import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceChanges;
import dev.agentcore.controlplane.resource.ResourceEvent;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.InvalidRequest;
import dev.agentcore.controlplane.web.Page;
import dev.agentcore.controlplane.web.PageRequest;

/**
 * Accepts changes to credential providers for a caller's team, each in one transaction that records the event and
 * hands the provider to the provisioner. A request's secret goes to {@link PendingSecrets}, never to the row.
 */
@Service
public class CredentialProviderManagement {

	private final CredentialProviders providers;

	private final CredentialProviderStatus status;

	private final ResourceChanges changes;

	private final PendingSecrets secrets;

	private final ProviderUsers users;

	CredentialProviderManagement(CredentialProviders providers, CredentialProviderStatus status, ResourceChanges changes,
			PendingSecrets secrets, ProviderUsers users) {
		this.providers = providers;
		this.status = status;
		this.changes = changes;
		this.secrets = secrets;
		this.users = users;
	}

	@Transactional
	CredentialProvider declare(Caller caller, String name, CredentialProviderSpec spec, String secret) {
		VendorRules.check(spec, secret != null, true);
		CredentialProvider provider = CredentialProvider.declare(caller.requireTeam(), name, spec, caller.actor());
		secrets.hold(provider.id(), provider.secretGeneration(), secret);
		return UniqueConstraints.unique("credential_providers_name_unique", () -> providers.save(provider),
				() -> CredentialProvider.KIND.nameTaken(name));
	}

	@Transactional
	CredentialProvider respecify(Caller caller, UUID id, String ifMatch, String name, CredentialProviderSpec spec,
			String secret) {
		CredentialProvider provider = visible(caller, id).requireVersion(ifMatch);
		VendorRules.check(spec, secret != null, false);
		VendorRules.checkChange(provider.spec(), spec, secret != null);
		if (!provider.respecify(name, spec, secret != null, caller.actor())) {
			return provider;
		}
		if (secret != null) {
			secrets.hold(provider.id(), provider.secretGeneration(), secret);
		}
		return providers.save(provider);
	}

	@Transactional
	CredentialProvider requestDeletion(Caller caller, UUID id, String ifMatch) {
		CredentialProvider provider = CredentialProvider.KIND.visible(providers.lockById(id), caller::canSee, id)
			.requireVersion(ifMatch);
		if (provider.deletionRequested()) {
			return provider;
		}
		users.refuseWhileUsed(id, caller::canSee);
		provider.requestDeletion(caller.actor());
		secrets.forget(id);
		return status.deleting(providers.save(provider), "Deleting the credential provider.");
	}

	@Transactional
	CredentialProvider requestReconcile(Caller caller, UUID id) {
		CredentialProvider provider = visible(caller, id);
		changes.reconcileRequested(status, provider.ref(), caller.actor());
		return provider;
	}

	Page<CredentialProvider> list(Caller caller, String team, Phase phase, String name, PageRequest page) {
		return page.page(providers.page(caller.listScope(team), phase == null ? null : phase.name(), name, page.after(), page.fetchSize()),
				CredentialProvider::id);
	}

	Page<ResourceEvent> events(Caller caller, UUID id, Integer limit, String cursor) {
		return changes.page(limit, cursor, () -> visible(caller, id).id());
	}

	/** The provider if the caller may see it; otherwise 404, whether it exists or not. */
	public CredentialProvider visible(Caller caller, UUID id) {
		return CredentialProvider.KIND.visible(providers.findById(id), caller::canSee, id);
	}

	/**
	 * The provider a resource of {@code team} names in {@code field}, locked until the caller's transaction ends (so
	 * it is not deleted meanwhile): 400 unless it exists, the team may see it, it is of {@code type} and not being
	 * deleted.
	 */
	@Transactional
	public CredentialProvider requireUsable(String team, UUID id, ProviderType type, String field) {
		CredentialProvider provider = providers.lockById(id)
			.filter(found -> found.team().equals(team))
			.orElseThrow(() -> InvalidRequest.rule("CREDENTIAL_PROVIDER_NOT_FOUND", field, "There is no credential provider "
					+ id + " in your team; create it with POST /api/v1/credential-providers."));
		return provider.usableAs(type, field);
	}

	/** The ids of the resources that name the provider (targets), to wake once it is READY. */
	public List<UUID> usersOf(CredentialProvider provider) {
		return users.usersOf(provider.id()).stream().map(ProviderUsers.User::id).toList();
	}

	/** A provider by id, for the provisioner and the permissions planner; empty once deleted. */
	public Optional<CredentialProvider> find(UUID id) {
		return providers.findById(id);
	}

}
