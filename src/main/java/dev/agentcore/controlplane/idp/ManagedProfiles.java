package dev.agentcore.controlplane.idp;

import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the provisioner needs from the profiles it manages: who still uses one, and handing the
 * discovery URL and client ids it created to the gateways that use the profile.
 */
@Service
public class ManagedProfiles {

	private final GatewayUsage usage;

	private final DiscoveryCheck discoveryCheck;

	private final IdpProfileStatus status;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	ManagedProfiles(GatewayUsage usage, DiscoveryCheck discoveryCheck, IdpProfileStatus status,
			ApplicationEventPublisher events, TransactionTemplate transactions) {
		this.usage = usage;
		this.discoveryCheck = discoveryCheck;
		this.status = status;
		this.events = events;
		this.transactions = transactions;
	}

	/** The gateways that use the profile; it cannot go while there are any. */
	public List<UUID> gatewaysUsing(UUID profileId) {
		return usage.gatewaysUsing(profileId);
	}

	/**
	 * The provisioned identity provider is ready: when its discovery URL or client ids differ from
	 * what gateways were last given, record the new ones (with a fresh discovery check, which finds the
	 * token endpoint of the hosted domain) and re-provision every gateway that uses the profile.
	 *
	 * @return whether anything was handed on
	 */
	public boolean publishAuthorizer(IdpProfile profile) {
		String fingerprint = profile.authorizerFingerprint();
		if (!profile.authorizerReady() || fingerprint.equals(profile.publishedAuthorizer())) {
			return false;
		}
		Discovery discovery = discoveryCheck.check(profile.spec().discoveryUrl()).discovery();
		transactions.executeWithoutResult(tx -> {
			status.recordPublished(profile.id(), fingerprint, discovery);
			events.publishEvent(new IdpProfileChanged(profile.id(), "provisioner"));
		});
		return true;
	}

}
