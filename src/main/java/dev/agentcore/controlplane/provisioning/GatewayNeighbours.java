package dev.agentcore.controlplane.provisioning;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.executionrole.ExecutionRole;
import dev.agentcore.controlplane.executionrole.ExecutionRoleManagement;
import dev.agentcore.controlplane.executionrole.GatewayCreatedInAws;
import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewaySpec;
import dev.agentcore.controlplane.gatewayrule.GatewayRule;
import dev.agentcore.controlplane.gatewaytarget.GatewayTarget;
import dev.agentcore.controlplane.gatewaytarget.TargetSpec;
import dev.agentcore.controlplane.idp.IdpProfile;
import dev.agentcore.controlplane.idp.IdpProfileManagement;
import dev.agentcore.controlplane.permissions.GatewayPermissions.PlannedTarget;
import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceType;

/**
 * The resources a gateway refers to, as gateways and targets declare them: what they wait for (the managed
 * execution role, the managed IDP profile's user pool and app clients, the policy engine), the desired state
 * that carries what AWS gave them (the role's and engine's ARNs, the profile's settings), and the preflight
 * that asks IAM what would otherwise fail later.
 */
@Component
class GatewayNeighbours {

	private final ExecutionRoleManagement roles;

	private final IdpProfileManagement profiles;

	private final GatewayPolicyEngines engines;

	private final Preflight preflight;

	private final GatewayUnsentMembers members;

	private final GatewayDependents dependents;

	GatewayNeighbours(ExecutionRoleManagement roles, IdpProfileManagement profiles, GatewayPolicyEngines engines,
			Preflight preflight, GatewayUnsentMembers members, GatewayDependents dependents) {
		this.members = members;
		this.dependents = dependents;
		this.roles = roles;
		this.profiles = profiles;
		this.engines = engines;
		this.preflight = preflight;
	}

	/** The rules of a gateway: it is deleted after them, and wakes them when READY. */
	List<GatewayRule> rulesOf(UUID gatewayId) {
		return dependents.rulesOf(gatewayId);
	}

	/** The rules that route to a target: it is deleted after them, and wakes them when READY. */
	List<GatewayRule> rulesRoutingTo(GatewayTarget target) {
		return dependents.rulesRoutingTo(target);
	}

	/** A gateway waits for its role, then its profile, then its engine. */
	List<Wait<Gateway>> gatewayWaits() {
		return List.of(Wait.forResource(ResourceType.EXECUTION_ROLE, this::managedRole,
				role -> role.filter(found -> found.aws().roleArn() != null && found.status().observedGeneration() > 0)
					.isPresent(),
				role -> "Waiting for the managed execution role " + role.map(ExecutionRole::name).orElse("")
						+ " to be created in IAM" + trouble(role) + "."),
				Wait.forResource(ResourceType.IDP_PROFILE, this::profile, IdpProfile::authorizerReady,
						profile -> "Waiting for IDP profile " + profile.name() + " to create its user pool and app clients "
								+ "(it is " + profile.status().phase() + ")."),
				engines.gatewayWait());
	}

	/** A target waits, after its gateway, until the gateway's managed role holds the current generation's policies. */
	Wait<Gateway> targetsRoleWait() {
		return Wait.forResource(ResourceType.EXECUTION_ROLE, this::managedRole,
				role -> role.filter(ExecutionRole::holdsCurrentPolicies).isPresent(),
				role -> "Waiting for the managed execution role " + role.map(ExecutionRole::name).orElse("")
						+ " to hold this target's permissions" + trouble(role) + ".");
	}

	/** A target whose credentials name a credential provider by id waits for it to be READY in AWS. */
	Wait<TargetReconciler.Row> targetsProviderWait() {
		return dependents.targetsProviderWait();
	}

	/** The target's spec as AWS takes it: a credential provider named by id, named by its ARN. */
	TargetSpec targetSpec(GatewayTarget target) {
		return dependents.targetSpec(target);
	}

	/** The role a gateway with a managed role uses (empty inside when there is none yet); empty when it declares its own. */
	private Optional<Optional<ExecutionRole>> managedRole(Gateway gateway) {
		return gateway.spec().managedRole() ? Optional.of(roles.forGateway(gateway.id())) : Optional.empty();
	}

	/** The gateway's managed role, to wake once the gateway is gone. */
	List<UUID> roleOf(Gateway gateway) {
		return roles.forGateway(gateway.id()).map(ExecutionRole::id).stream().toList();
	}

	private Optional<IdpProfile> profile(Gateway gateway) {
		GatewaySpec.Authorizer authorizer = gateway.spec().authorizer();
		return authorizer.type().validatesJwt() ? profiles.find(authorizer.idpProfileId()) : Optional.empty();
	}

	/** Why the role is not there yet, when its own reconcile failed: the gateway's status says so, not only the role's. */
	private static String trouble(Optional<ExecutionRole> role) {
		return role.filter(found -> found.status().phase() == Phase.FAILED && found.status().lastError() != null)
			.map(found -> " (the role FAILED: " + found.status().lastError().code() + ": "
					+ found.status().lastError().message() + ")")
			.orElse("");
	}

	/** The desired state: the spec with the managed role's ARN, the engine's ARN and the profile's settings. */
	DesiredGateway desired(Gateway gateway) {
		GatewaySpec spec = gateway.spec().managedRole() ? gateway.spec()
			.withRoleArn(roles.forGateway(gateway.id()).map(role -> role.aws().roleArn()).orElse(null)) : gateway.spec();
		String policyEngineArn = engines.arn(gateway);
		if (!spec.authorizer().type().validatesJwt()) {
			return new DesiredGateway(gateway.name(), spec, null, policyEngineArn);
		}
		return profiles.find(spec.authorizer().idpProfileId())
			.map(IdpProfile::spec)
			.map(profile -> new DesiredGateway(gateway.name(), spec, profile, policyEngineArn))
			.orElseThrow(() -> new Unreconcilable("IDP_PROFILE_MISSING", "The IDP profile of the authorizer no longer exists."));
	}

	/**
	 * AWS made the gateway (it is READY for the first time): its managed role's trust is pinned to the gateway's ARN,
	 * announced with the report so that it is committed with the gateway's status. {@code gatewayArn} is AWS's word
	 * (the row read before the create, as in a pass that created the gateway READY, does not have it yet).
	 */
	void gatewayCreated(Gateway gateway, String gatewayArn, Report report) {
		if (gateway.spec().managedRole() && gatewayArn != null) {
			report.announce(new GatewayCreatedInAws(gateway.id()));
		}
	}

	/** What UpdateGateway does not carry: tags, resource policy, the workload identity's return URLs. */
	GatewayUnsentMembers members() {
		return members;
	}

	/** Right before the gateway is created or updated: asks IAM what its targets not being deleted would need. */
	void preflight(Gateway gateway, Report report) {
		preflight.gateway(gateway, report);
	}

	/** Right before a target is created or updated: asks IAM what the target needs from the gateway's role. */
	void preflight(Gateway gateway, PlannedTarget target, Report report) {
		preflight.target(gateway, target, report);
	}

}
