package dev.agentcore.controlplane.provisioning;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.idp.IdpProfile;
import dev.agentcore.controlplane.idp.IdpProfileManagement;
import dev.agentcore.controlplane.idp.IdpProfileStatus;
import dev.agentcore.controlplane.idp.ManagedProfiles;
import dev.agentcore.controlplane.resource.ResourceType;

/**
 * Managed Cognito identity providers on the shared skeleton. The user pool is the resource the
 * skeleton creates (once, adopted by name after a lost result) and observes; the domain, resource
 * server, app clients and their secrets are its parts, compared on every observation and put right
 * by the update step. Once everything matches, the discovery URL and client ids go to the gateways
 * that use the profile. Profiles a team runs itself have nothing to reconcile.
 */
@Component
class IdpProfileReconciler extends ResourceReconciler<IdpProfile, DesiredIdp, ObservedIdp> {

	private final IdpProfileManagement profiles;

	private final ManagedProfiles managed;

	private final IdpProfileStatus status;

	private final ManagedIdps idps;

	IdpProfileReconciler(ReconcileSupport support, IdpProfileManagement profiles, ManagedProfiles managed,
			IdpProfileStatus status, ManagedIdps idps) {
		super(support, new ResourceKind<>(ResourceType.IDP_PROFILE, "UserPool", status, id -> profiles.find(id).filter(IdpProfile::isManaged),
				profile -> new Managed(profile.ref(), poolName(profile), profile.generation(), profile.status(),
						profile.aws().userPoolId(), profile.createPendingAt(), profile.deletionRequested())));
		this.profiles = profiles;
		this.managed = managed;
		this.status = status;
		this.idps = idps;
	}

	@Override
	AwsState classify(String awsStatus) {
		return ObservedIdp.classify(awsStatus);
	}

	@Override
	String blockedBeforeDelete(IdpProfile profile) {
		List<UUID> users = managed.gatewaysUsing(profile.id());
		return users.isEmpty() ? null : "Waiting: gateways " + users + " still use the profile.";
	}

	@Override
	DesiredIdp desired(IdpProfile profile) {
		return new DesiredIdp(poolName(profile), profile.managed(), profile.secretNamePrefix(),
				Map.of("agentcore-control-plane:idp-profile", profile.id().toString(), "agentcore-control-plane:team",
						profile.team()));
	}

	@Override
	AgentCore.Call<ObservedIdp> create(IdpProfile profile, DesiredIdp desired, String clientToken) {
		return idps.create(desired);
	}

	@Override
	Optional<ObservedIdp> observe(IdpProfile profile, String awsId, DesiredIdp desired) {
		return idps.observe(profile, awsId, desired);
	}

	@Override
	Optional<ObservedIdp> findByName(IdpProfile profile, DesiredIdp desired) {
		String name = desired != null ? desired.poolName() : poolName(profile);
		return idps.findByName(profile, name, desired);
	}

	@Override
	AgentCore.Call<ObservedIdp> update(IdpProfile profile, String awsId, DesiredIdp desired, Report report) {
		return idps.converge(profile, awsId, desired, report);
	}

	@Override
	AgentCore.Call<Void> delete(IdpProfile profile, String awsId, Report report) {
		return idps.delete(profile, awsId, desired(profile), report);
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

	private static String poolName(IdpProfile profile) {
		return profile.name() + "-" + profile.id();
	}

}
