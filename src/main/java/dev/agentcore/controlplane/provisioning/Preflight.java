package dev.agentcore.controlplane.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gatewaytarget.TargetManagement;
import dev.agentcore.controlplane.permissions.GatewayPermissions;
import dev.agentcore.controlplane.permissions.GatewayPermissions.PlannedTarget;
import dev.agentcore.controlplane.permissions.PermissionPlan;
import dev.agentcore.controlplane.permissions.TrustCheck;

/**
 * Checks with IAM, before a gateway or target is created or updated, what would otherwise fail
 * in AgentCore or at the first tool call: the execution role exists and trusts AgentCore for this
 * gateway, the control plane may pass it, and it may invoke the targets' Lambdas and read their
 * schema objects. The statements come from the planner, so a failure shows the statement to add.
 * Lambdas in other accounts are reported as not checkable from here, with the command that grants
 * them; they are not failures. IAM's answers are kept a little while ({@link RecentIamAnswers}).
 */
@Component
class Preflight {

	private static final Set<String> CHECKED_ACTIONS = Set.of("lambda:InvokeFunction", "s3:GetObject");

	private final RecentIamAnswers answers;

	private final GatewayPermissions permissions;

	private final ProvisioningSettings settings;

	private final JsonMapper json;

	private final TargetManagement targets;

	Preflight(IamChecks iam, GatewayPermissions permissions, ProvisioningSettings settings, JsonMapper json,
			TargetManagement targets) {
		this.targets = targets;
		this.answers = new RecentIamAnswers(iam);
		this.permissions = permissions;
		this.settings = settings;
		this.json = json;
	}

	/** Before a gateway: its role and, for a role of the team's own, what its targets not being deleted need. */
	void gateway(Gateway gateway, Report report) {
		if (!settings.preflight()) {
			return;
		}
		// A gateway with no targets (the database keeps the count on the row) has none to read.
		run(gateway, gateway.spec().managedRole() || gateway.targetCount() == 0 ? List.of()
				: targets.targetsOf(gateway.id()).stream()
			.filter(target -> !target.deletionRequested())
			.map(PlannedTarget::of)
			.toList(), true, report);
	}

	/** Before a target: what the target needs from the gateway's role. */
	void target(Gateway gateway, PlannedTarget target, Report report) {
		if (!settings.preflight()) {
			return;
		}
		run(gateway, List.of(target), false, report);
	}

	private void run(Gateway gateway, List<PlannedTarget> targets, boolean roleItself, Report report) {
		RecentIamAnswers.Asking recent = answers.asking(true);
		PreflightFindings findings = findings(gateway, targets, roleItself, recent);
		if (findings.failed() && recent.recalled()) {
			// A failure is reported from what IAM answers now, never from answers kept from an earlier preflight.
			findings = findings(gateway, targets, roleItself, answers.asking(false));
		}
		report.awsCall("Preflight", null, findings.summary());
		if (findings.failed()) {
			throw new Unreconcilable(findings.code(), findings.failure());
		}
	}

	private PreflightFindings findings(Gateway gateway, List<PlannedTarget> targets, boolean roleItself, IamChecks iam) {
		PreflightFindings findings = new PreflightFindings();
		try {
			IamChecks.Caller caller = iam.caller();
			PermissionPlan plan = AccountLookups.retryable(() -> permissions.plan(gateway.id(), gateway.name(),
					gateway.aws().gatewayArn(), gateway.spec(), targets));
			String roleArn = plan.executionRole().roleArn();
			String roleAccount = roleArn.split(":", 6)[4];
			if (!roleAccount.equals(caller.accountId())) {
				findings.note("Role " + roleArn + " is in account " + roleAccount + " and cannot be checked from account "
						+ caller.accountId() + ".");
			}
			else if (!roleItself || roleHolds(gateway, plan, caller, iam, findings)) {
				new PreflightStatements(iam, json).check(plan, roleArn, findings);
			}
		}
		catch (AgentCoreFailure failure) {
			if (failure.httpStatus() == 403 || failure.errorType().startsWith("AccessDenied")) {
				throw new Unreconcilable("PREFLIGHT_NOT_PERMITTED", "The preflight may not ask IAM (" + failure.errorType()
						+ ": " + failure.getMessage() + "). Allow the control plane iam:GetRole and "
						+ "iam:SimulatePrincipalPolicy, or turn the preflight off with controlplane.provisioning.preflight=false.");
			}
			throw failure;
		}
		return findings;
	}

	/** The role exists, trusts AgentCore for this gateway, and the control plane may pass it. */
	private boolean roleHolds(Gateway gateway, PermissionPlan plan, IamChecks.Caller caller, IamChecks iam,
			PreflightFindings findings) {
		String roleArn = plan.executionRole().roleArn();
		String trust = json.writeValueAsString(plan.executionRole().trustPolicy());
		var held = iam.trustPolicy(roleArn);
		if (held.isEmpty()) {
			findings.missing("ROLE_NOT_FOUND", "The execution role " + roleArn + " does not exist in account "
					+ caller.accountId() + ". Create it with the trust policy " + trust + " and the permissions of "
					+ "GET .../permissions, or ask for a managed role with \"executionRole\": {\"managed\": true}.", null);
			return false;
		}
		String partition = roleArn.split(":", 3)[1];
		String sourceArn = gateway.aws().gatewayArn() != null ? gateway.aws().gatewayArn()
				: "arn:" + partition + ":bedrock-agentcore:" + caller.region() + ":" + caller.accountId() + ":gateway/"
						+ gateway.name().toLowerCase(java.util.Locale.ROOT) + "-a1b2c3d4e5";
		TrustCheck check = TrustCheck.of(held.get(), caller.accountId(), sourceArn);
		check.notes().forEach(findings::note);
		if (check.admits()) {
			findings.checked("trusts " + PermissionsOf.SERVICE + " for this gateway");
		}
		else {
			findings.missing("ROLE_TRUST_MISSING", "The trust policy of " + roleArn + " does not let "
					+ PermissionsOf.SERVICE + " assume it for this gateway: it lacks the statement "
					+ "AllowAgentCoreGatewayToAssumeRole.", json.writeValueAsString(PermissionsOf.statement(
							plan.executionRole().trustPolicy(), "AllowAgentCoreGatewayToAssumeRole")));
		}
		passRole(plan, caller, iam, findings);
		return true;
	}

	private void passRole(PermissionPlan plan, IamChecks.Caller caller, IamChecks iam, PreflightFindings findings) {
		String roleArn = plan.executionRole().roleArn();
		if (caller.principalArn() == null) {
			findings.note("The control plane runs as " + caller.arn() + ", which IAM cannot simulate; iam:PassRole was "
					+ "not checked.");
			return;
		}
		List<IamChecks.Decision> decisions = iam.simulate(caller.principalArn(), List.of("iam:PassRole"),
				List.of(roleArn), Map.of("iam:PassedToService", List.of(PermissionsOf.SERVICE)));
		if (decisions.stream().allMatch(IamChecks.Decision::allowed)) {
			findings.checked("the control plane (" + caller.principalArn() + ") may pass it");
			return;
		}
		findings.missing("CALLER_CANNOT_PASS_ROLE", "The control plane's identity " + caller.principalArn()
				+ " may not iam:PassRole " + roleArn + " to " + PermissionsOf.SERVICE + ": its policy lacks the statement "
				+ "PassExecutionRoleToAgentCore.", json.writeValueAsString(PermissionsOf.statement(plan.callerPolicy(),
						"PassExecutionRoleToAgentCore")));
	}

	/** Statements of a planned document, by Sid. */
	static final class PermissionsOf {

		static final String SERVICE = "bedrock-agentcore.amazonaws.com";

		private PermissionsOf() {
		}

		static Object statement(Map<String, Object> document, String sid) {
			return statements(document).stream().filter(statement -> sid.equals(statement.get("Sid"))).findFirst()
				.orElse(null);
		}

		@SuppressWarnings("unchecked")
		static List<Map<String, Object>> statements(Map<String, Object> document) {
			return document.get("Statement") instanceof List<?> list ? (List<Map<String, Object>>) list : new ArrayList<>();
		}

		static List<String> strings(Object value) {
			return value instanceof List<?> list ? list.stream().map(String::valueOf).toList()
					: value == null ? List.of() : List.of(String.valueOf(value));
		}

		static boolean checked(String action) {
			return CHECKED_ACTIONS.contains(action);
		}

	}

}
