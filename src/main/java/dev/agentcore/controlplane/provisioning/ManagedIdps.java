package dev.agentcore.controlplane.provisioning;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.idp.IdpProfile;
import dev.agentcore.controlplane.provisioning.AgentCore.Call;

/**
 * A managed identity provider as the one AWS resource the skeleton reconciles: the user pool is
 * created, or found by name after a lost result, and everything the provider consists of is
 * observed ({@link ManagedIdpObservation}) and put right or deleted ({@link ManagedIdpSteps})
 * together. The reconciler's one collaborator facing Cognito and Secrets Manager.
 */
@Component
class ManagedIdps {

	private final CognitoUserPools cognito;

	private final ManagedIdpObservation observation;

	private final ManagedIdpSteps steps;

	ManagedIdps(CognitoUserPools cognito, ManagedIdpObservation observation, ManagedIdpSteps steps) {
		this.cognito = cognito;
		this.observation = observation;
		this.steps = steps;
	}

	/** Creates the user pool alone; its parts follow in the update step, once the pool is observed. */
	Call<ObservedIdp> create(DesiredIdp desired) {
		Call<CognitoUserPools.UserPool> created = cognito.createUserPool(desired.poolName(), desired.tags());
		CognitoUserPools.UserPool pool = created.result();
		return new Call<>(new ObservedIdp(pool.id(), pool.arn(), pool.discoveryUrl(), "CREATING", List.of(), false),
				created.requestId());
	}

	/** Empty when the user pool is gone; {@code desired} is null when only the pool and domain matter. */
	Optional<ObservedIdp> observe(IdpProfile profile, String userPoolId, DesiredIdp desired) {
		return observation.observe(profile, userPoolId, desired);
	}

	Optional<ObservedIdp> findByName(IdpProfile profile, String poolName, DesiredIdp desired) {
		return cognito.findUserPoolByName(poolName).flatMap(pool -> observation.observe(profile, pool.id(), desired));
	}

	Call<ObservedIdp> converge(IdpProfile profile, String userPoolId, DesiredIdp desired, Report report) {
		return steps.converge(profile, userPoolId, desired, report);
	}

	/** Deletes what the provisioner created; the skeleton observes until the user pool is gone. */
	Call<Void> delete(IdpProfile profile, String userPoolId, DesiredIdp desired, Report report) {
		steps.delete(profile, userPoolId, desired, report);
		return new Call<>(null, null);
	}

}
