package dev.agentcore.controlplane.idp;

import java.util.UUID;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import dev.agentcore.controlplane.resource.ChangeAccepted;
import dev.agentcore.controlplane.resource.EventType;
import dev.agentcore.controlplane.resource.Lifecycle;
import dev.agentcore.controlplane.resource.ManagedKind;
import dev.agentcore.controlplane.resource.ManagedResource;
import dev.agentcore.controlplane.resource.ResourceStatus;
import dev.agentcore.controlplane.resource.ResourceType;
import dev.agentcore.controlplane.web.Ids;

/**
 * An IDP profile: a team's reusable JWT authorizer settings. A managed profile ({@link #managed()}) is also a
 * provisioned resource: the provisioner creates its Cognito user pool and app clients and fills in the discovery URL
 * and client ids ({@link #spec()} shows them); only its changes are new generations for the provisioner.
 */
@Table("idp_profiles")
public class IdpProfile extends ManagedResource<IdpProfile> {

	static final ManagedKind KIND = new ManagedKind(ResourceType.IDP_PROFILE, "IDP profile", "IDP_PROFILE", "",
			"per team");

	private IdpProfileSpec spec;

	@Embedded.Empty
	private ManagedIdentityProvider managedIdp;

	private Discovery discovery;

	private final String createdBy;

	@PersistenceCreator
	IdpProfile(UUID id, String team, String name, IdpProfileSpec spec, ManagedIdentityProvider managedIdp,
			Discovery discovery, Integer version, Lifecycle lifecycle, String createdBy, ResourceStatus status) {
		super(id, team, name, version, lifecycle, status);
		this.spec = spec;
		this.managedIdp = managedIdp;
		this.discovery = discovery;
		this.createdBy = createdBy;
	}

	/** A managed profile goes to the provisioner; one the team runs has nothing to provision. */
	static IdpProfile declare(String team, String name, IdpProfileSpec spec, ManagedCognito managed, Discovery discovery,
			String actor) {
		UUID id = Ids.newId();
		IdpProfile profile = new IdpProfile(id, team, name, spec, ManagedIdentityProvider.declared(managed, name, id),
				discovery, null, Lifecycle.declared(), actor, ResourceStatus.accepted());
		if (managed != null) {
			profile.accepted(EventType.SPEC_ACCEPTED, "Managed Cognito identity provider declared (generation 1).", actor);
		}
		profile.audited(ChangeAccepted.created(profile.ref(), spec));
		return profile;
	}

	/**
	 * Accepts new settings; a managed profile's provisioned parts get a new generation, new authorizer settings are
	 * told to the gateways using it. Returns whether anything changed. The name is fixed, a profile cannot change
	 * between managed and not, and it accepts nothing once its deletion was requested.
	 */
	boolean respecify(String newName, IdpProfileSpec newSpec, ManagedCognito newManaged, Discovery checked, String actor) {
		checkName(newName);
		checkChange(newName);
		ManagedIdentityProvider respecified = managedIdp.respecified(newManaged);
		boolean provisioned = managedIdp.provisionedPartsChange(newManaged);
		boolean changed = !spec.equals(newSpec) || provisioned;
		if (changed) {
			audited(ChangeAccepted.replaced(ref(), spec, newSpec));
		}
		if (provisioned) {
			nextGeneration("Managed identity provider changed", actor);
		}
		else {
			touched();
		}
		if (!spec.equals(newSpec)) {
			registerEvent(new IdpProfileChanged(id(), actor));
		}
		this.spec = newSpec;
		this.managedIdp = respecified;
		this.discovery = checked;
		return changed;
	}

	void recordDiscovery(Discovery checked) {
		this.discovery = checked;
		touched();
		audited(ChangeAccepted.requested(ChangeAccepted.Action.DISCOVERY_CHECK, ref()));
	}

	/** A managed profile's deletion, for the provisioner; false when it was requested already. */
	boolean requestDeletion(String actor) {
		return deletionRequested(spec, "", actor);
	}

	/** One the team runs goes at once: only the audit trail keeps it. */
	void remove() {
		audited(ChangeAccepted.deleted(ref(), spec));
	}

	@Override
	protected ManagedKind kind() {
		return KIND;
	}

	/**
	 * The authorizer settings gateways use: as declared, with the discovery URL and client ids the
	 * provisioner filled in for a managed profile (none until its user pool exists).
	 */
	public IdpProfileSpec spec() {
		return managedIdp.effective(spec);
	}

	/** The settings as the team declared them. */
	public IdpProfileSpec declaredSpec() {
		return spec;
	}

	/** The Cognito identity provider the control plane manages for this profile; null when the team runs its own. */
	public ManagedCognito managed() {
		return managedIdp.managed();
	}

	public boolean isManaged() {
		return managed() != null;
	}

	/** Whether gateways can use it: a managed profile needs its user pool and clients first. */
	public boolean authorizerReady() {
		return managedIdp.authorizerReady();
	}

	/** The Secrets Manager names of this profile's client secrets start with this. */
	public String secretNamePrefix() {
		return "agentcore-control-plane/idp-profiles/" + id() + "/";
	}

	/** What gateways were last told about the authorizer: the discovery URL and the client ids. */
	public String authorizerFingerprint() {
		IdpProfileSpec effective = spec();
		return effective.discoveryUrl() + " " + effective.allowedClients();
	}

	public Discovery discovery() {
		return discovery;
	}

	public String createdBy() {
		return createdBy;
	}

	/** What a managed profile adds: what AWS holds, the app clients made, what gateways were told. */
	public ManagedIdentityProvider managedIdp() {
		return managedIdp;
	}

}
