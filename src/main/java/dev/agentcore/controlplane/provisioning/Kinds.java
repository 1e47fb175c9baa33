package dev.agentcore.controlplane.provisioning;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.agentcore.controlplane.account.Account;
import dev.agentcore.controlplane.account.AccountManagement;
import dev.agentcore.controlplane.account.AccountStatus;
import dev.agentcore.controlplane.credentialprovider.CredentialProvider;
import dev.agentcore.controlplane.credentialprovider.CredentialProviderManagement;
import dev.agentcore.controlplane.credentialprovider.CredentialProviderStatus;
import dev.agentcore.controlplane.credentialprovider.PendingSecrets;
import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewayManagement;
import dev.agentcore.controlplane.gateway.GatewayStatus;
import dev.agentcore.controlplane.gatewayrule.GatewayRule;
import dev.agentcore.controlplane.gatewayrule.RuleManagement;
import dev.agentcore.controlplane.gatewayrule.RuleSpec;
import dev.agentcore.controlplane.gatewayrule.RuleStatus;
import dev.agentcore.controlplane.gatewaytarget.GatewayTarget;
import dev.agentcore.controlplane.gatewaytarget.TargetManagement;
import dev.agentcore.controlplane.gatewaytarget.TargetStatus;
import dev.agentcore.controlplane.idp.IdpProfile;
import dev.agentcore.controlplane.idp.IdpProfileManagement;
import dev.agentcore.controlplane.idp.IdpProfileStatus;
import dev.agentcore.controlplane.idp.ManagedProfiles;
import dev.agentcore.controlplane.executionrole.ExecutionRoleManagement;
import dev.agentcore.controlplane.executionrole.ExecutionRoleStatus;
import dev.agentcore.controlplane.policy.Policy;
import dev.agentcore.controlplane.policy.PolicyEngine;
import dev.agentcore.controlplane.policy.PolicyEngineManagement;
import dev.agentcore.controlplane.policy.PolicyEngineStatus;
import dev.agentcore.controlplane.policy.PolicyManagement;
import dev.agentcore.controlplane.policy.PolicyStatus;
import dev.agentcore.controlplane.resource.Phase;

import static dev.agentcore.controlplane.resource.ResourceType.ACCOUNT;
import static dev.agentcore.controlplane.resource.ResourceType.CREDENTIAL_PROVIDER;
import static dev.agentcore.controlplane.resource.ResourceType.EXECUTION_ROLE;
import static dev.agentcore.controlplane.resource.ResourceType.GATEWAY;
import static dev.agentcore.controlplane.resource.ResourceType.GATEWAY_RULE;
import static dev.agentcore.controlplane.resource.ResourceType.IDP_PROFILE;
import static dev.agentcore.controlplane.resource.ResourceType.POLICY;
import static dev.agentcore.controlplane.resource.ResourceType.POLICY_ENGINE;
import static dev.agentcore.controlplane.resource.ResourceType.TARGET;

/**
 * Each kind's declaration, in one place per kind: how its row loads, what the skeleton reads of it (the
 * aggregate's lifecycle), its AWS client, what it waits for before converging or deleting, and whom it wakes.
 * The skeleton does the waiting, the messages and the waking.
 */
final class Kinds {

	private static final String AGENTCORE = "bedrock-agentcore:";

	private Kinds() {
	}

	/** A gateway waits, first, for the account it is placed in to be READY ({@code accountReady}). */
	static ResourceKind<Gateway, DesiredGateway, AgentCore.Gateway> gateway(GatewayManagement gateways,
			TargetManagement targets, GatewayStatus status, AgentCore aws, GatewayNeighbours neighbours,
			Wait<Gateway> accountReady) {
		ResourceKind<Gateway, DesiredGateway, AgentCore.Gateway> kind = ResourceKind.of(GATEWAY, "Gateway", status,
				gateways::find, gateway -> new Managed(gateway.ref(), gateway.name(), gateway.generation(), gateway.status(),
						gateway.aws().gatewayId(), gateway.createPendingAt(), gateway.deletionRequested()),
				KindClients.gateways(aws))
			.waitsFor(accountReady);
		for (Wait<Gateway> wait : neighbours.gatewayWaits()) {
			kind = kind.waitsFor(wait);
		}
		return kind.deletesAfter(Wait.untilGone(TARGET, gateway -> targets.targetsOf(gateway.id()), remaining -> {
			long kept = remaining.stream().filter(target -> !target.deletionRequested()).count();
			if (kept > 0) {
				// Targets not being deleted would never go (they wait for this gateway): report it and stop
				// instead of waiting forever. A target deletion, or DELETE ?cascade=true, wakes this again.
				throw new Unreconcilable("DELETION_BLOCKED", "The gateway cannot be deleted while " + kept + " of its "
						+ "targets are not being deleted. DELETE the gateway again with ?cascade=true to delete them too, or "
						+ "delete them.");
			}
			List<String> awaitingConsent = remaining.stream()
				.filter(target -> target.status().lastError() != null
						&& TargetReconciler.DELETE_AWAITS_CONSENT.equals(target.status().lastError().code()))
				.map(GatewayTarget::name)
				.toList();
			return "Waiting for " + remaining.size() + " target(s) to be deleted first." + (awaitingConsent.isEmpty() ? ""
					: " AgentCore does not delete " + String.join(", ", awaitingConsent) + " while it waits for OAuth consent: "
							+ "complete or decline the consent at the authorization URL the target's status shows.");
		}))
			.deletesAfter(Wait.untilGone(GATEWAY_RULE, gateway -> neighbours.rulesOf(gateway.id()),
					remaining -> "Waiting for " + remaining.size() + " rule(s) to be deleted first."))
			// A gateway with no targets (the database keeps the count on the row) has none to read and wake.
			.wakes(TARGET, Wake.When.READY, gateway -> gateway.targetCount() == 0 ? List.of()
					: ids(targets.targetsOf(gateway.id()), GatewayTarget::id))
			.wakes(GATEWAY_RULE, Wake.When.READY, gateway -> ids(neighbours.rulesOf(gateway.id()), GatewayRule::id))
			.wakes(EXECUTION_ROLE, Wake.When.DELETED, neighbours::roleOf)
			.calls(AGENTCORE + "CreateGateway", AGENTCORE + "GetGateway", AGENTCORE + "UpdateGateway",
					AGENTCORE + "DeleteGateway", AGENTCORE + "ListGateways", AGENTCORE + "TagResource",
					AGENTCORE + "UntagResource", AGENTCORE + "ListTagsForResource",
					AGENTCORE + "PutResourcePolicy", AGENTCORE + "GetResourcePolicy", AGENTCORE + "DeleteResourcePolicy",

					AGENTCORE + "GetWorkloadIdentity", AGENTCORE + "UpdateWorkloadIdentity");
	}

	static ResourceKind<TargetReconciler.Row, DesiredTarget, AgentCore.Target> target(TargetManagement targets,
			GatewayManagement gateways, TargetStatus status, AgentCore aws, GatewayNeighbours neighbours) {
		return ResourceKind.<TargetReconciler.Row, DesiredTarget, AgentCore.Target>of(TARGET, "GatewayTarget", status,
				id -> targets.find(id).flatMap(target -> gateways.find(target.gatewayId())
					.map(gateway -> new TargetReconciler.Row(target, gateway))),
				row -> new Managed(row.target().ref(), row.target().name(), row.target().generation(), row.target().status(),
						row.target().aws().targetId(), row.target().createPendingAt(), row.target().deletionRequested()),
				KindClients.targets(aws))
			.waitsFor(Wait.forResource(GATEWAY, row -> Optional.of(row.gateway()),
					gateway -> !gateway.deletionRequested() && gateway.aws().gatewayId() != null
							&& gateway.status().phase() == Phase.READY,
					gateway -> {
						if (gateway.deletionRequested()) {
							// The gateway will never be READY again, and its deletion waits for this target: report
							// it and stop, rather than wait for each other forever.
							throw new Unreconcilable("GATEWAY_DELETING", "Gateway " + gateway.name() + " is being deleted, "
									+ "so this target will not be created. DELETE the target, or DELETE the gateway with "
									+ "?cascade=true.");
						}
						return "Waiting for gateway " + gateway.name() + " to be READY (it is " + gateway.status().phase()
								+ ").";
					}))
			.waitsFor(neighbours.targetsRoleWait().of(TargetReconciler.Row::gateway))
			.deletesAfter(Wait.untilGone(GATEWAY_RULE, row -> neighbours.rulesRoutingTo(row.target()),
					remaining -> "Waiting for " + remaining.size() + " rule(s) routing to the target to be deleted first."))
			.waitsFor(neighbours.targetsProviderWait())
			.wakes(GATEWAY, Wake.When.DELETED,
					row -> row.gateway().deletionRequested() ? List.of(row.gateway().id()) : List.of())
			.wakes(GATEWAY_RULE, Wake.When.READY, row -> ids(neighbours.rulesRoutingTo(row.target()), GatewayRule::id))
			.calls(AGENTCORE + "CreateGatewayTarget", AGENTCORE + "GetGatewayTarget", AGENTCORE + "UpdateGatewayTarget",
					AGENTCORE + "DeleteGatewayTarget", AGENTCORE + "ListGatewayTargets",
					AGENTCORE + "SynchronizeGatewayTargets");
	}

	static ResourceKind<IdpProfile, DesiredIdp, ObservedIdp> idpProfile(IdpProfileManagement profiles,
			ManagedProfiles managed, IdpProfileStatus status, ManagedIdps idps) {
		return ResourceKind.of(IDP_PROFILE, "UserPool", status, id -> profiles.find(id).filter(IdpProfile::isManaged),
				profile -> new Managed(profile.ref(), IdpProfileReconciler.poolName(profile), profile.generation(),
						profile.status(), profile.managedIdp().aws().userPoolId(), profile.createPendingAt(), profile.deletionRequested()),
				KindClients.idps(idps))
			.deletesAfter(Wait.untilGone(GATEWAY, profile -> managed.gatewaysUsing(profile.id()),
					users -> "Waiting: gateways " + users + " still use the profile."))
			.calls("cognito-idp:CreateUserPool", "cognito-idp:ListUserPools", "cognito-idp:DescribeUserPool",
					"cognito-idp:DeleteUserPool", "cognito-idp:TagResource", "cognito-idp:CreateUserPoolDomain",
					"cognito-idp:DescribeUserPoolDomain", "cognito-idp:DeleteUserPoolDomain",
					"cognito-idp:CreateResourceServer", "cognito-idp:DescribeResourceServer",
					"cognito-idp:UpdateResourceServer", "cognito-idp:DeleteResourceServer",
					"cognito-idp:CreateUserPoolClient", "cognito-idp:DescribeUserPoolClient",
					"cognito-idp:UpdateUserPoolClient", "cognito-idp:DeleteUserPoolClient",
					"cognito-idp:ListUserPoolClients", "secretsmanager:CreateSecret", "secretsmanager:PutSecretValue",
					"secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret", "secretsmanager:DeleteSecret",
					"secretsmanager:TagResource");
	}

	static ResourceKind<PolicyEngine, DesiredPolicyEngine, AgentCorePolicies.Engine> policyEngine(
			PolicyEngineManagement engines, PolicyManagement policies, PolicyEngineStatus status, AgentCorePolicies aws) {
		return ResourceKind.of(POLICY_ENGINE, "PolicyEngine", status, engines::find,
				engine -> new Managed(engine.ref(), engine.name(), engine.generation(), engine.status(),
						engine.aws().policyEngineId(), engine.createPendingAt(), engine.deletionRequested()),
				KindClients.engines(aws))
			.deletesAfter(Wait.untilGone(POLICY, engine -> policies.policiesOf(engine.id()),
					remaining -> "Waiting for " + remaining.size() + " policies to be deleted first."))
			.wakes(POLICY, Wake.When.READY, engine -> ids(policies.policiesOf(engine.id()), Policy::id))
			.wakes(GATEWAY, Wake.When.READY, engine -> ids(engines.attachedGateways(engine), Gateway::id))
			.calls(AGENTCORE + "CreatePolicyEngine", AGENTCORE + "GetPolicyEngine", AGENTCORE + "UpdatePolicyEngine",
					AGENTCORE + "DeletePolicyEngine", AGENTCORE + "ListPolicyEngines");
	}

	static ResourceKind<PolicyReconciler.Row, DesiredPolicy, AgentCorePolicies.PolicyState> policy(
			PolicyManagement policies, PolicyEngineManagement engines, PolicyStatus status, AgentCorePolicies aws) {
		return ResourceKind.<PolicyReconciler.Row, DesiredPolicy, AgentCorePolicies.PolicyState>of(POLICY, "Policy", status,
				id -> policies.find(id).flatMap(policy -> engines.find(policy.policyEngineId())
					.map(engine -> new PolicyReconciler.Row(policy, engine))),
				row -> new Managed(row.policy().ref(), row.policy().name(), row.policy().generation(), row.policy().status(),
						row.policy().aws().policyId(), row.policy().createPendingAt(), row.policy().deletionRequested()),
				KindClients.policies(aws))
			.waitsFor(Wait.forResource(POLICY_ENGINE, row -> Optional.of(row.engine()),
					engine -> engine.aws().policyEngineId() != null && engine.status().phase() == Phase.READY
							&& !engine.deletionRequested(),
					engine -> "Waiting for policy engine " + engine.name() + " to be READY (it is "
							+ (engine.deletionRequested() ? Phase.DELETING : engine.status().phase()) + ")."))
			.wakes(POLICY_ENGINE, Wake.When.DELETED,
					row -> row.engine().deletionRequested() ? List.of(row.engine().id()) : List.of())
			.calls(AGENTCORE + "CreatePolicy", AGENTCORE + "GetPolicy", AGENTCORE + "UpdatePolicy",
					AGENTCORE + "DeletePolicy", AGENTCORE + "ListPolicies");
	}

	static ResourceKind<ExecutionRoleReconciler.Row, Roles.DesiredRole, Roles.Role> executionRole(
			ExecutionRoleManagement roles, ExecutionRoleStatus status, ServedGateways gateways, Roles iam,
			Wait<ExecutionRoleReconciler.Row> accountReady) {
		return ResourceKind.<ExecutionRoleReconciler.Row, Roles.DesiredRole, Roles.Role>of(EXECUTION_ROLE, "Role", status,
				id -> roles.find(id).map(role -> new ExecutionRoleReconciler.Row(role, gateways.of(role).orElse(null))),
				row -> new Managed(row.role().ref(), row.role().name(), row.role().generation(), row.role().status(),
						row.role().aws().roleId(), row.role().createPendingAt(), row.role().deletionRequested()),
				KindClients.roles(iam))
			// A placed gateway's role waits with it for the gateway's account to be READY.
			.waitsFor(accountReady)
			.deletesAfter(new Wait<>(GATEWAY, row -> {
				Gateway gateway = row.gateway();
				if (gateway == null) {
					return null;
				}
				boolean released = !gateway.spec().managedRole() && gateway.status().phase() == Phase.READY
						&& gateway.status().observedGeneration() >= gateway.generation();
				return released ? null : "Waiting for gateway " + gateway.name() + " to stop using the role ("
						+ (gateway.deletionRequested() ? "it is being deleted" : "it is " + gateway.status().phase()) + ").";
			}))
			// A new generation of the role is in IAM: the gateway and its targets, which wait for it, look again.
			.wakes(GATEWAY, Wake.When.GENERATION_APPLIED,
					row -> row.gateway() == null ? List.of() : List.of(row.gateway().id()))
			.wakes(TARGET, Wake.When.GENERATION_APPLIED,
					row -> row.gateway() == null ? List.of() : gateways.targetsOf(row.gateway()))
			.calls("iam:CreateRole", "iam:GetRole", "iam:DeleteRole", "iam:TagRole", "iam:UpdateAssumeRolePolicy",
					"iam:PutRolePolicy", "iam:GetRolePolicy", "iam:DeleteRolePolicy", "iam:ListRolePolicies");
	}

	static ResourceKind<RuleReconciler.Row, RuleSpec, AgentCoreRules.RuleState> gatewayRule(RuleManagement rules,
			GatewayManagement gateways, TargetManagement targets, RuleStatus status, AgentCoreRules aws) {
		return ResourceKind.<RuleReconciler.Row, RuleSpec, AgentCoreRules.RuleState>of(GATEWAY_RULE, "GatewayRule", status,
				id -> rules.find(id).flatMap(rule -> gateways.find(rule.gatewayId())
					.map(gateway -> new RuleReconciler.Row(rule, gateway, targets.targetsOf(gateway.id())))),
				row -> new Managed(row.rule().ref(), row.rule().name(), row.rule().generation(), row.rule().status(),
						row.rule().aws().ruleId(), row.rule().createPendingAt(), row.rule().deletionRequested()),
				KindClients.rules(aws))
			.waitsFor(Wait.forResource(GATEWAY, row -> Optional.of(row.gateway()),
					gateway -> gateway.aws().gatewayId() != null && gateway.status().phase() == Phase.READY,
					gateway -> "Waiting for gateway " + gateway.name() + " to be READY (it is " + gateway.status().phase() + ")."))
			.waitsFor(new Wait<>(TARGET, row -> row.routed().stream()
				.filter(target -> target.aws().targetId() == null || target.status().phase() != Phase.READY)
				.map(target -> "Waiting for target " + target.name() + " to be READY (it is " + target.status().phase() + ").")
				.findFirst()
				.orElse(row.routed().size() < row.rule().spec().targets().stream().distinct().count()
						? "Waiting for the targets the rule routes to, " + row.rule().spec().targets() + ", to be declared." : null)))
			.wakes(GATEWAY, Wake.When.DELETED,
					row -> row.gateway().deletionRequested() ? List.of(row.gateway().id()) : List.of())
			.wakes(TARGET, Wake.When.DELETED, row -> ids(row.routed().stream()
				.filter(GatewayTarget::deletionRequested).toList(), GatewayTarget::id))
			.calls(AGENTCORE + "CreateGatewayRule", AGENTCORE + "GetGatewayRule", AGENTCORE + "UpdateGatewayRule",
					AGENTCORE + "DeleteGatewayRule", AGENTCORE + "ListGatewayRules");
	}

	static ResourceKind<CredentialProvider, DesiredCredentialProvider, AgentCoreCredentials.Provider> credentialProvider(
			CredentialProviderManagement providers, CredentialProviderStatus status, AgentCoreCredentials aws,
			PendingSecrets secrets) {
		return ResourceKind.of(CREDENTIAL_PROVIDER, "CredentialProvider", status, providers::find,
				provider -> new Managed(provider.ref(), provider.name(), provider.generation(), provider.status(),
						provider.aws().providerName(), provider.createPendingAt(), provider.deletionRequested()),
				KindClients.credentialProviders(aws, secrets))
			.wakes(TARGET, Wake.When.READY, providers::usersOf)
			.calls(AGENTCORE + "CreateOauth2CredentialProvider", AGENTCORE + "GetOauth2CredentialProvider",
					AGENTCORE + "UpdateOauth2CredentialProvider", AGENTCORE + "DeleteOauth2CredentialProvider",
					AGENTCORE + "CreateApiKeyCredentialProvider", AGENTCORE + "GetApiKeyCredentialProvider",
					AGENTCORE + "UpdateApiKeyCredentialProvider", AGENTCORE + "DeleteApiKeyCredentialProvider");
	}

	static ResourceKind<Account, AccountChecks.Desired, AccountAccess.Assumed> account(AccountManagement accounts,
			AccountStatus status, AccountChecks checks, WaitingForAccounts waiting) {
		return ResourceKind.of(ACCOUNT, "AssumedRole", status, accounts::find,
				account -> new Managed(account.ref(), account.name(), account.generation(), account.status(),
						account.aws().accountId(), account.createPendingAt(), account.deletionRequested()),
				KindClients.accounts(checks))
			// What waits for the account (gateways placed in it, their managed roles, engines) goes on once it is READY.
			.wakes(GATEWAY, Wake.When.READY, account -> waiting.gateways(account.accountId()))
			.wakes(EXECUTION_ROLE, Wake.When.READY, account -> waiting.roles(account.accountId()))
			.wakes(POLICY_ENGINE, Wake.When.READY, account -> waiting.engines(account.accountId()))
			.calls("sts:AssumeRole", "sts:GetCallerIdentity");
	}

	private static <T> List<UUID> ids(List<T> resources, java.util.function.Function<T, UUID> id) {
		return resources.stream().map(id).toList();
	}

}
