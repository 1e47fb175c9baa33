package dev.agentcore.controlplane.idp;

import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.resource.ChangeAccepted;
import dev.agentcore.controlplane.resource.EventType;
import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceChanges;
import dev.agentcore.controlplane.resource.ResourceEvent;
import dev.agentcore.controlplane.resource.StatusUpdate;
import dev.agentcore.controlplane.resource.TokenChecked;
import dev.agentcore.controlplane.resource.TokenRequested;
import dev.agentcore.controlplane.security.Caller;

/**
 * What the rest of the system learns of an accepted change to a profile, in the caller's
 * transaction: its status, its history and the provisioner ({@link ResourceChanges}), the audit
 * trail, and the gateways that use it ({@link IdpProfileChanged}). {@link IdpProfileManagement}
 * decides what changes; this reports it, the same way for every kind of change.
 */
@Component
class ProfileChanges {

	static final String NOTHING_TO_PROVISION = "Nothing to provision: the profile points at an identity provider the team runs.";

	private final IdpProfileStatus status;

	private final ResourceChanges changes;

	private final ApplicationEventPublisher events;

	ProfileChanges(IdpProfileStatus status, ResourceChanges changes, ApplicationEventPublisher events) {
		this.status = status;
		this.changes = changes;
		this.events = events;
	}

	/** A managed profile goes to the provisioner; one the team runs is ready at once. */
	void declared(IdpProfile profile, IdpProfileSpec spec, Caller caller) {
		if (!profile.isManaged()) {
			status.apply(profile.id(), new StatusUpdate().ready(profile.generation(), NOTHING_TO_PROVISION));
		}
		else {
			accepted(profile, "Managed Cognito identity provider declared (generation 1).", caller);
		}
		changes.audit(ChangeAccepted.created(profile.ref(), spec));
	}

	/**
	 * A new generation goes to the provisioner; new authorizer settings go to the gateways using it.
	 *
	 * @param generation the profile's generation before the change
	 */
	void replaced(IdpProfile saved, IdpProfileSpec previous, IdpProfileSpec spec, long generation, Caller caller) {
		changes.audit(ChangeAccepted.replaced(saved.ref(), previous, spec));
		if (saved.generation() != generation) {
			accepted(saved, "Managed identity provider changed (generation " + saved.generation() + ").", caller);
		}
		if (!previous.equals(spec)) {
			events.publishEvent(new IdpProfileChanged(saved.id(), caller.actor()));
		}
	}

	/** The removal of a profile of either kind, for the audit trail. */
	void removalAccepted(IdpProfile profile) {
		changes.audit(ChangeAccepted.deleted(profile.ref(), profile.declaredSpec()));
	}

	/** A managed profile's deletion, handed to the provisioner. */
	void deletionRequested(IdpProfile profile, Caller caller) {
		status.phase(profile.id(), Phase.DELETING, "Deleting the app clients, their secrets, the resource server, the domain "
				+ "and the user pool.");
		changes.accepted(profile.ref(), EventType.DELETION_REQUESTED, "Deletion requested.", caller.actor());
	}

	void reconcileRequested(IdpProfile profile, Caller caller) {
		changes.reconcileRequested(status, profile.ref(), caller.actor());
	}

	void discoveryRechecked(IdpProfile profile) {
		changes.audit(ChangeAccepted.requested(ChangeAccepted.Action.DISCOVERY_CHECK, profile.ref()));
	}

	/** Only whether the token was accepted is kept, never the token. */
	void tokenChecked(IdpProfile profile, TokenCheck check) {
		events.publishEvent(new TokenChecked(profile.ref(), check.accepted()));
	}

	/** What was asked for is kept, never the secret or the token. */
	void tokenRequested(IdpProfile profile, String clientId, List<String> scopes, String audience, boolean issued) {
		events.publishEvent(new TokenRequested(profile.ref(), clientId, List.copyOf(scopes), audience, issued));
	}

	List<ResourceEvent> history(UUID id, Long before, int limit) {
		return changes.history(id, before, limit);
	}

	private void accepted(IdpProfile profile, String message, Caller caller) {
		changes.accepted(profile.ref(), EventType.SPEC_ACCEPTED, message, caller.actor());
	}

}
