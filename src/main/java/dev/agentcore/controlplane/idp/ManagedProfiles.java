package dev.agentcore.controlplane.idp;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import dev.agentcore.controlplane.resource.StatusUpdate;

/**
 * What the provisioner needs from the profiles it manages: who still uses one, and what handing the
 * discovery URL and client ids it created to the gateways that use the profile writes and announces.
 */
@Service
public class ManagedProfiles {

	private final GatewayUsage usage;

	private final DiscoveryCheck discoveryCheck;

	private final IdpProfileStatus status;

	ManagedProfiles(GatewayUsage usage, DiscoveryCheck discoveryCheck, IdpProfileStatus status) {
		this.usage = usage;
		this.discoveryCheck = discoveryCheck;
		this.status = status;
	}

	/** The gateways that use the profile; it cannot go while there are any. */
	public List<UUID> gatewaysUsing(UUID profileId) {
		return usage.gatewaysUsing(profileId);
	}

	/**
	 * The provisioned identity provider is ready: when its discovery URL or client ids differ from
	 * what gateways were last given, what to record (the new ones, with a fresh discovery check, which
	 * finds the token endpoint of the hosted domain) and the event that re-provisions every gateway
	 * using the profile. The reconcile's report writes and publishes both in its transaction.
	 *
	 * @return empty when there is nothing to hand on
	 */
	public Optional<AuthorizerPublication> authorizerToPublish(IdpProfile profile) {
		String fingerprint = profile.authorizerFingerprint();
		if (!profile.authorizerReady() || fingerprint.equals(profile.managedIdp().publishedAuthorizer())) {
			return Optional.empty();
		}
		Discovery discovery = discoveryCheck.check(profile.spec().discoveryUrl()).discovery();
		return Optional.of(new AuthorizerPublication(status.recordPublished(fingerprint, discovery),
				new IdpProfileChanged(profile.id(), "provisioner")));
	}

	/**
	 * What handing a profile's authorizer on to its gateways writes and announces, together.
	 *
	 * @param write the published fingerprint and discovery check
	 * @param changed re-provisions the gateways that use the profile
	 */
	public record AuthorizerPublication(StatusUpdate.ColumnWrite write, IdpProfileChanged changed) {
	}

}
