package dev.agentcore.controlplane.provisioning;

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
		return ResourceClient.of((gateway, desired, token) -> aws.createGateway(desired, token),
				(gateway, id, desired) -> aws.observeGateway(id, desired),
				(gateway, desired) -> aws.findGatewayByName(gateway.name(), desired),
				(gateway, id, desired) -> aws.updateGateway(id, desired), (gateway, id) -> aws.deleteGateway(id));
	}

	static ResourceClient<TargetReconciler.Row, DesiredTarget, AgentCore.Target> targets(AgentCore aws) {
		return ResourceClient.inside(TargetReconciler.Row::gatewayAwsId,
				(row, desired, token) -> aws.createTarget(row.gatewayAwsId(), desired, token),
				(row, id, desired) -> aws.observeTarget(row.gatewayAwsId(), id, desired),
				(row, desired) -> aws.findTargetByName(row.gatewayAwsId(), row.target().name(), desired),
				(row, id, desired) -> aws.updateTarget(row.gatewayAwsId(), id, desired),
				(row, id) -> aws.deleteTarget(row.gatewayAwsId(), id));
	}

	static ResourceClient<dev.agentcore.controlplane.policy.PolicyEngine, DesiredPolicyEngine, AgentCorePolicies.Engine> engines(
			AgentCorePolicies aws) {
		return ResourceClient.of((engine, desired, token) -> aws.createEngine(desired, token),
				(engine, id, desired) -> aws.observeEngine(id, desired),
				(engine, desired) -> aws.findEngineByName(engine.name(), desired),
				(engine, id, desired) -> aws.updateEngine(id, desired), (engine, id) -> aws.deleteEngine(id));
	}

	static ResourceClient<PolicyReconciler.Row, DesiredPolicy, AgentCorePolicies.PolicyState> policies(
			AgentCorePolicies aws) {
		return ResourceClient.inside(PolicyReconciler.Row::engineAwsId,
				(row, desired, token) -> aws.createPolicy(row.engineAwsId(), desired, token),
				(row, id, desired) -> aws.observePolicy(row.engineAwsId(), id, desired),
				(row, desired) -> aws.findPolicyByName(row.engineAwsId(), row.policy().name(), desired),
				(row, id, desired) -> aws.updatePolicy(row.engineAwsId(), id, desired),
				(row, id) -> aws.deletePolicy(row.engineAwsId(), id));
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

}
