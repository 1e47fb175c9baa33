package dev.agentcore.controlplane.permissions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.credentialprovider.CredentialProviderManagement;
import dev.agentcore.controlplane.executionrole.ExecutionRoleManagement;
import dev.agentcore.controlplane.executionrole.ExecutionRoleNames;
import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewayMembers;
import dev.agentcore.controlplane.gateway.GatewaySpec;
import dev.agentcore.controlplane.gatewaytarget.Credentials;
import dev.agentcore.controlplane.gatewaytarget.GatewayTarget;
import dev.agentcore.controlplane.gatewaytarget.TargetSpec;
import dev.agentcore.controlplane.gatewaytarget.TargetType;
import dev.agentcore.controlplane.idp.IdpProfile;
import dev.agentcore.controlplane.idp.IdpProfileManagement;
import dev.agentcore.controlplane.network.PrivateEndpoint;
import dev.agentcore.controlplane.policy.PolicyEngineManagement;

/**
 * The planner for other modules: the policies a gateway needs, with the managed role's ARN and
 * trust filled in when the control plane manages the role. What GET .../permissions shows, what a
 * managed role holds, what the preflight checks and what a plan compares are one computation.
 */
@Component
public class GatewayPermissions {

	private final ExecutionRoleManagement roles;

	private final ExecutionRoleNames roleNames;

	private final PolicyEngineManagement engines;

	private final CredentialProviderManagement providers;

	private final IdpProfileManagement profiles;

	GatewayPermissions(ExecutionRoleManagement roles, ExecutionRoleNames roleNames, PolicyEngineManagement engines,
			CredentialProviderManagement providers, IdpProfileManagement profiles) {
		this.roles = roles;
		this.roleNames = roleNames;
		this.engines = engines;
		this.providers = providers;
		this.profiles = profiles;
	}

	/**
	 * A target as the planner sees it.
	 *
	 * @param name the target's name
	 * @param type its type
	 * @param spec its spec
	 */
	public record PlannedTarget(String name, TargetType type, TargetSpec spec) {

		public static PlannedTarget of(GatewayTarget target) {
			return new PlannedTarget(target.name(), target.type(), target.spec());
		}

	}

	/** The policies of a gateway as declared, for the targets not being deleted. */
	public PermissionPlan of(Gateway gateway, List<GatewayTarget> targets) {
		return plan(gateway.id(), gateway.name(), gateway.aws().gatewayArn(), gateway.spec(),
				targets.stream().filter(target -> !target.deletionRequested()).map(PlannedTarget::of).toList());
	}

	/**
	 * The policies of a gateway with {@code spec} and {@code targets}.
	 *
	 * @param gatewayId the gateway, or null for one not declared yet
	 * @param gatewayArn its ARN once AWS created it, else null
	 */
	public PermissionPlan plan(UUID gatewayId, String name, String gatewayArn, GatewaySpec spec,
			List<PlannedTarget> targets) {
		String roleArn = roleArn(gatewayId, name, spec);
		Arn role = Arn.parse(roleArn);
		List<PermissionPlanner.PlannedTarget> planned = targets.stream()
			.map(target -> new PermissionPlanner.PlannedTarget(target.name(), target.type(), providerByArn(target.spec(), role)))
			.toList();
		PermissionPlan plan = PermissionPlanner.plan(name, gatewayArn, spec.withRoleArn(roleArn), planned,
				policyEngineArn(spec, Arn.parse(roleArn)), authorizerManagedVpc(spec));
		if (!spec.managedRole()) {
			return plan;
		}
		List<String> notes = new ArrayList<>(plan.notes());
		notes.removeIf(note -> note.startsWith("The gateway has no ARN yet"));
		notes.add(0, "The control plane manages this role: it holds exactly these trust and permissions policies, "
				+ "changes them before a target that needs them is created, and deletes the role after the gateway. The "
				+ "trust policy admits the gateway by its name until AWS made it, then exactly its ARN.");
		return new PermissionPlan(new PermissionPlan.ExecutionRole(roleArn, ManagedRoleTrust.document(roleArn, name, gatewayArn),
				plan.executionRole().permissionsPolicy()), plan.callerPolicy(), plan.lambdaResourcePolicies(), notes);
	}

	/** Whether the IDP profile behind the authorizer reaches its identity provider through a managed VPC. */
	private boolean authorizerManagedVpc(GatewaySpec spec) {
		if (spec.authorizer() == null || spec.authorizer().idpProfileId() == null) {
			return false;
		}
		return profiles.find(spec.authorizer().idpProfileId()).map(IdpProfile::spec).map(profile -> managedVpc(profile.privateEndpoint())
				|| profile.privateEndpointOverrides().stream().anyMatch(override -> managedVpc(override.privateEndpoint())))
			.orElse(false);
	}

	private static boolean managedVpc(PrivateEndpoint endpoint) {
		return endpoint != null && endpoint.managedVpc() != null;
	}

	/** The execution role AgentCore assumes: the declared one, or the managed one (existing or to be). */
	public String roleArn(UUID gatewayId, String name, GatewaySpec spec) {
		if (!spec.managedRole()) {
			return spec.roleArn();
		}
		return (gatewayId == null ? java.util.Optional.<String>empty()
				: roles.forGateway(gatewayId).map(roleNames::arnOf)).orElseGet(() -> roleNames.arnFor(name));
	}

	/**
	 * The ARN of the engine the gateway attaches: the one it names, or ours by id (a pattern of its name until AWS
	 * created it, of any engine of the account when it no longer exists); null when none.
	 */
	private String policyEngineArn(GatewaySpec spec, Arn role) {
		GatewayMembers.PolicyEngine declared = spec.policyEngine();
		if (declared == null || declared.policyEngineId() == null) {
			return declared == null ? null : declared.arn();
		}
		return engines.find(declared.policyEngineId())
			.map(engine -> engine.aws().policyEngineArn() != null ? engine.aws().policyEngineArn()
					: PolicyEnginePermissions.pattern(engine.name(), role.partition(), role.account()))
			.orElse(PolicyEnginePermissions.pattern("*", role.partition(), role.account()));
	}

	/**
	 * The spec with a credential provider named by id named by its ARN (a pattern of its name until AWS created it, of
	 * any provider of the account when it no longer exists), so the role's statements name exactly that provider.
	 */
	private TargetSpec providerByArn(TargetSpec spec, Arn role) {
		Credentials credentials = spec.credentials();
		if (credentials == null || credentials.providerId() == null) {
			return spec;
		}
		boolean oauth2 = credentials.type() == Credentials.CredentialType.OAUTH;
		String arn = providers.find(credentials.providerId())
			.map(provider -> provider.aws().providerArn() != null ? provider.aws().providerArn()
					: CredentialProviderPermissions.pattern(provider.name(), oauth2, role.partition(), role.account()))
			.orElse(CredentialProviderPermissions.pattern("*", oauth2, role.partition(), role.account()));
		return spec.withCredentials(credentials.withProviderArn(arn));
	}

	/** Whether a permissions policy grants anything (IAM refuses an inline policy without statements). */
	public static boolean grantsAnything(Map<String, Object> policy) {
		return policy.get("Statement") instanceof List<?> statements && !statements.isEmpty();
	}

}
