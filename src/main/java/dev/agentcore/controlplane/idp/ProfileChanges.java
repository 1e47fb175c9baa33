package dev.agentcore.controlplane.idp;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceChanges;
import dev.agentcore.controlplane.resource.ResourceEvent;
import dev.agentcore.controlplane.resource.StatusUpdate;
import dev.agentcore.controlplane.resource.TokenChecked;
import dev.agentcore.controlplane.resource.TokenRequested;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.Page;

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

	/** One the team runs is ready at once: there is nothing to provision. */
	void declared(IdpProfile profile) {
		if (!profile.isManaged()) {
			status.apply(profile.id(), new StatusUpdate().ready(profile.generation(), NOTHING_TO_PROVISION));
		}
	}

	/** A managed profile's deletion, handed to the provisioner. */
	void deletionRequested(IdpProfile profile) {
		status.phase(profile.id(), Phase.DELETING, "Deleting the app clients, their secrets, the resource server, the domain "
				+ "and the user pool.");
	}

	/** Only a managed profile has anything to reconcile; returns the profile. */
	IdpProfile reconcileRequested(IdpProfile profile, Caller caller) {
		if (profile.isManaged()) {
			changes.reconcileRequested(status, profile.ref(), caller.actor());
		}
		return profile;
	}

	/** Only whether the token was accepted is kept, never the token. */
	TokenCheck tokenChecked(IdpProfile profile, TokenCheck check) {
		events.publishEvent(new TokenChecked(profile.ref(), check.accepted()));
		return check;
	}

	/** What was asked for is kept, never the secret or the token. */
	void tokenRequested(IdpProfile profile, String clientId, List<String> scopes, String audience, boolean issued) {
		events.publishEvent(new TokenRequested(profile.ref(), clientId, List.copyOf(scopes), audience, issued));
	}

	Page<ResourceEvent> history(Integer limit, String cursor, Supplier<UUID> scope) {
		return changes.page(limit, cursor, scope);
	}

}
