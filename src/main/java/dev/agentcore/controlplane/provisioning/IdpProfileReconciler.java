package dev.agentcore.controlplane.provisioning;

import java.util.Map;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.idp.IdpProfile;
import dev.agentcore.controlplane.idp.IdpProfileManagement;
import dev.agentcore.controlplane.idp.IdpProfileStatus;
import dev.agentcore.controlplane.idp.ManagedProfiles;

/**
 * Managed Cognito identity providers on the shared skeleton. The user pool is the resource the
 * skeleton creates (once, adopted by name after a lost result) and observes; the domain, resource
 * server, app clients and their secrets are its parts, compared on every observation and put right
 * by the update step. Once everything matches, the discovery URL and client ids go to the gateways
 * that use the profile. Profiles a team runs itself have nothing to reconcile.
 */
@Component
class IdpProfileReconciler extends ResourceReconciler<IdpProfile, DesiredIdp, ObservedIdp> {

	private final ManagedProfiles managed;

	IdpProfileReconciler(ReconcileSupport support, IdpProfileManagement profiles, ManagedProfiles managed,
			IdpProfileStatus status, ManagedIdps idps) {
		super(support, Kinds.idpProfile(profiles, managed, status, idps));
		this.managed = managed;
	}

	@Override
	AwsState classify(String awsStatus) {
		return ObservedIdp.classify(awsStatus);
	}

	@Override
	DesiredIdp desired(IdpProfile profile) {
		return new DesiredIdp(poolName(profile), profile.managed(), profile.secretNamePrefix(),
				Map.of("agentcore-control-plane:idp-profile", profile.id().toString(), "agentcore-control-plane:team",
						profile.team()));
	}

	@Override
	Next ready(IdpProfile profile, String awsId, ObservedIdp observed, Report report) {
		Next next = super.ready(profile, awsId, observed, report);
		managed.authorizerToPublish(profile).ifPresent(publication -> {
			report.record(publication.write());
			report.announce(publication.changed());
			report.awsCall("DiscoveryCheck", null, "handed discovery URL and client ids " + profile.spec().allowedClients()
					+ " to the gateways using the profile");
		});
		return next;
	}

	@Override
	String awsService() {
		return "Amazon Cognito";
	}

	@Override
	String fixHint() {
		return "Fix the profile and PUT it, or POST .../reconcile.";
	}

	static String poolName(IdpProfile profile) {
		return profile.name() + "-" + profile.id();
	}

}
