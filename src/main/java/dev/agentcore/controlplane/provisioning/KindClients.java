package dev.agentcore.controlplane.provisioning;

import dev.agentcore.controlplane.credentialprovider.CredentialProvider;
import dev.agentcore.controlplane.credentialprovider.CredentialProviderSpec;
import dev.agentcore.controlplane.credentialprovider.PendingSecrets;
import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.idp.IdpProfile;

/**
 * Each kind's {@link ResourceClient} over its AWS port: which call of the port is the kind's create, observe,
 * find by name, update and delete, and what of the row each takes. Wraps the ports without changing them.
 */
final class KindClients {

	private KindClients() {
	}

	static ResourceClient<Gateway, DesiredGateway, AgentCore.Gateway> gateways(AgentCore aws) {
		return ResourceCalls.of(Gateway::name, aws::createGateway, aws::observeGateway, aws::findGatewayByName,
				aws::updateGateway, aws::deleteGateway);
	}

	static ResourceClient<TargetReconciler.Row, DesiredTarget, AgentCore.Target> targets(AgentCore aws) {
		return ResourceCalls.inside(TargetReconciler.Row::gatewayAwsId, row -> row.target().name(), aws::createTarget,
				aws::observeTarget, aws::findTargetByName, aws::updateTarget, aws::deleteTarget);
	}

	static ResourceClient<dev.agentcore.controlplane.policy.PolicyEngine, DesiredPolicyEngine, AgentCorePolicies.Engine> engines(
			AgentCorePolicies aws) {
		return ResourceCalls.of(dev.agentcore.controlplane.policy.PolicyEngine::name, aws::createEngine,
				aws::observeEngine, aws::findEngineByName, aws::updateEngine, aws::deleteEngine);
	}

	static ResourceClient<PolicyReconciler.Row, DesiredPolicy, AgentCorePolicies.PolicyState> policies(
			AgentCorePolicies aws) {
		return ResourceCalls.inside(PolicyReconciler.Row::engineAwsId, row -> row.policy().name(), aws::createPolicy,
				aws::observePolicy, aws::findPolicyByName, aws::updatePolicy, aws::deletePolicy);
	}

	/** A rule lives in its gateway and, having no name, is found by its priority (unique in the gateway). */
	static ResourceClient<RuleReconciler.Row, dev.agentcore.controlplane.gatewayrule.RuleSpec, AgentCoreRules.RuleState> rules(
			AgentCoreRules aws) {
		return ResourceClient.inside(RuleReconciler.Row::gatewayAwsId,
				(row, desired, token) -> aws.create(row.gatewayAwsId(), desired, token),
				(row, id, desired) -> aws.observe(row.gatewayAwsId(), id, desired),
				(row, desired) -> aws.findByPriority(row.gatewayAwsId(), row.rule().spec().priority(), desired),
				(row, id, desired) -> aws.update(row.gatewayAwsId(), id, desired),
				(row, id) -> aws.delete(row.gatewayAwsId(), id));
	}

	/** IAM roles are found by name, which is also how they are observed. */
	static ResourceClient<ExecutionRoleReconciler.Row, Roles.DesiredRole, Roles.Role> roles(Roles iam) {
		return ResourceClient.of((row, desired, token) -> iam.create(desired),
				(row, id, desired) -> iam.observe(row.role().name(), row.role().gatewayId(), desired),
				(row, desired) -> iam.observe(row.role().name(), row.role().gatewayId(), desired),
				(row, id, desired) -> iam.update(desired), (row, id) -> iam.delete(row.role().name(), row.role().gatewayId()));
	}

	/** An account: assuming its role is its create and its observation; nothing is deleted in AWS. */
	static ResourceClient<dev.agentcore.controlplane.account.Account, AccountChecks.Desired, AccountAccess.Assumed> accounts(
			AccountChecks checks) {
		return ResourceClient.of((account, desired, token) -> checks.verify(desired),
				(account, id, desired) -> checks.observe(account, desired),
				(account, desired) -> desired == null ? java.util.Optional.empty() : checks.observe(account, desired),
				(account, id, desired) -> checks.verify(desired), (account, id) -> new AgentCore.Call<>(null, null));
	}

	/** A managed identity provider: its user pool is created alone, its parts converge (and go) with the report. */
	static ResourceClient<IdpProfile, DesiredIdp, ObservedIdp> idps(ManagedIdps idps) {
		return new ResourceClient<>() {

			@Override
			public AgentCore.Call<ObservedIdp> create(IdpProfile profile, DesiredIdp desired, String clientToken) {
				return idps.create(desired);
			}

			@Override
			public java.util.Optional<ObservedIdp> observe(IdpProfile profile, String awsId, DesiredIdp desired) {
				return idps.observe(profile, awsId, desired);
			}

			@Override
			public java.util.Optional<ObservedIdp> findByName(IdpProfile profile, DesiredIdp desired) {
				return idps.findByName(profile, desired != null ? desired.poolName() : IdpProfileReconciler.poolName(profile),
						desired);
			}

			@Override
			public AgentCore.Call<ObservedIdp> update(IdpProfile profile, String awsId, DesiredIdp desired, Report report) {
				return idps.converge(profile, awsId, desired, report);
			}

			@Override
			public AgentCore.Call<Void> delete(IdpProfile profile, String awsId, DesiredIdp desired, Report report) {
				return idps.delete(profile, awsId, desired, report);
			}

		};
	}

	/**
	 * Credential providers, by name: create has no client token (AgentCore takes none; a lost result is found by name);
	 * a secret sent with a create or an update is marked sent, so it is no longer held.
	 */
	static ResourceClient<CredentialProvider, DesiredCredentialProvider, AgentCoreCredentials.Provider> credentialProviders(
			AgentCoreCredentials aws, PendingSecrets secrets) {
		return ResourceClient.of((provider, desired, token) -> sent(provider, desired, secrets, aws.create(desired)),
				(provider, name, desired) -> aws.observe(name, oauth2(provider), desired),
				(provider, desired) -> aws.observe(provider.name(), oauth2(provider), desired),
				(provider, name, desired) -> sent(provider, desired, secrets, aws.update(desired)),
				(provider, name) -> aws.delete(name, oauth2(provider)));
	}

	private static <T> AgentCore.Call<T> sent(CredentialProvider provider, DesiredCredentialProvider desired,
			PendingSecrets secrets, AgentCore.Call<T> call) {
		if (desired.secret() != null) {
			secrets.sent(provider.id(), provider.secretGeneration());
		}
		return call;
	}

	private static boolean oauth2(CredentialProvider provider) {
		return provider.spec().type() == CredentialProviderSpec.ProviderType.OAUTH2;
	}

}
