package dev.agentcore.controlplane.provisioning;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.executionrole.ExecutionRoleManagement;
import dev.agentcore.controlplane.executionrole.ExecutionRoleNames;
import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewayMembers;
import dev.agentcore.controlplane.gateway.GatewaySpec;
import dev.agentcore.controlplane.gatewayrule.GatewayRule;
import dev.agentcore.controlplane.gatewaytarget.GatewayTarget;
import dev.agentcore.controlplane.idp.IdpProfile;
import dev.agentcore.controlplane.idp.IdpProfileManagement;

/**
 * The calls that change AWS which the provisioner would make for a proposed change, in order, as
 * its reconcilers decide them: a managed role first (created, or its policy put) when it changes,
 * then Create for what AWS does not hold yet, or Update when the request AgentCore would get
 * differs; a managed role no longer used goes after the gateway stopped using it. Reads (Get, the
 * preflight's GetRole and SimulatePrincipalPolicy) are not listed.
 */
@Component
public class ProvisioningForecast {

	private final AgentCoreRequests requests;

	private final GatewayPolicyEngines policyEngines;

	private final IdpProfileManagement profiles;

	private final ExecutionRoleManagement roles;

	private final ProvisioningSettings settings;

	private final ExecutionRoleNames roleNames;

	ProvisioningForecast(AgentCoreRequests requests, IdpProfileManagement profiles, ExecutionRoleManagement roles,
			ProvisioningSettings settings, GatewayPolicyEngines policyEngines, ExecutionRoleNames roleNames) {
		this.roleNames = roleNames;
		this.policyEngines = policyEngines;
		this.requests = requests;
		this.profiles = profiles;
		this.roles = roles;
		this.settings = settings;
	}

	/**
	 * One call.
	 *
	 * @param service bedrock-agentcore or iam
	 * @param operation the API operation, e.g. UpdateGateway
	 * @param resource what it acts on
	 * @param why what it does here
	 */
	public record PlannedCall(String service, String operation, String resource, String why) {
	}

	/** Whether the preflight runs before the provisioner's first Create or Update. */
	public boolean preflight() {
		return settings.preflight();
	}

	/**
	 * @param before the gateway now; null for a new one
	 * @param after the gateway as the change would leave it
	 * @param roleGrantsChange whether a managed role's permissions policy would change
	 */
	public List<PlannedCall> gateway(Gateway before, Gateway after, boolean roleGrantsChange) {
		List<PlannedCall> calls = new ArrayList<>();
		GatewaySpec spec = after.spec();
		String role = spec.managedRole() ? roles.forGateway(after.id()).map(r -> r.name()).orElseGet(() -> roleNames.nameFor(
				after.name())) : null;
		boolean roleNew = spec.managedRole() && (before == null || !before.spec().managedRole());
		if (roleNew) {
			calls.add(new PlannedCall("iam", "CreateRole", role, "the managed execution role, with its trust policy"));
		}
		if (spec.managedRole() && roleGrantsChange) {
			calls.add(new PlannedCall("iam", "PutRolePolicy", role, "the permissions the targets need"));
		}
		if (before == null || before.aws().gatewayId() == null) {
			calls.add(new PlannedCall("bedrock-agentcore", "CreateGateway", after.name(), "AgentCore does not hold it yet"));
		}
		else if (requests.gatewayUpdateDiffers(desired(before), desired(after))) {
			calls.add(new PlannedCall("bedrock-agentcore", "UpdateGateway", before.aws().gatewayId(),
					"a full replacement of the gateway's configuration, in place"));
		}
		if (before != null && before.aws().gatewayArn() != null) {
			tags(before.spec().tags(), spec.tags(), before.aws().gatewayArn(), calls);
		}
		resourcePolicy(before, after, calls);
		if (before != null && before.spec().managedRole() && !spec.managedRole()) {
			String old = roles.forGateway(before.id()).map(r -> r.name()).orElse("the managed role");
			calls.add(new PlannedCall("iam", "DeleteRolePolicy", old, "once the gateway uses its own role"));
			calls.add(new PlannedCall("iam", "DeleteRole", old, "the managed role is no longer used"));
		}
		return calls;
	}

	/**
	 * @param gateway the target's gateway
	 * @param before the target now; null for a new one
	 * @param after the target as the change would leave it
	 * @param roleGrantsChange whether the gateway's managed role's permissions policy would change
	 */
	public List<PlannedCall> target(Gateway gateway, GatewayTarget before, GatewayTarget after, boolean roleGrantsChange) {
		List<PlannedCall> calls = new ArrayList<>();
		if (gateway.spec().managedRole() && roleGrantsChange) {
			calls.add(new PlannedCall("iam", "PutRolePolicy",
					roles.forGateway(gateway.id()).map(r -> r.name()).orElse("the managed role"),
					"before the target, so that AgentCore may use what it needs"));
		}
		if (before == null || before.aws().targetId() == null) {
			calls.add(new PlannedCall("bedrock-agentcore", "CreateGatewayTarget", after.name(),
					gateway.aws().gatewayId() == null ? "once the gateway is READY" : "AgentCore does not hold it yet"));
		}
		else if (requests.targetUpdateDiffers(desired(before), desired(after))) {
			calls.add(new PlannedCall("bedrock-agentcore", "UpdateGatewayTarget", before.aws().targetId(),
					"a full replacement of the target's configuration, in place"));
		}
		return calls;
	}

	/** A rule is created once its gateway (and targets) are READY, or updated when its spec changes. */
	public List<PlannedCall> rule(Gateway gateway, GatewayRule before, GatewayRule after) {
		if (before == null || before.aws().ruleId() == null) {
			return List.of(new PlannedCall("bedrock-agentcore", "CreateGatewayRule", "priority " + after.spec().priority(),
					gateway.aws().gatewayId() == null ? "once the gateway is READY" : "AgentCore does not hold it yet"));
		}
		return before.spec().equals(after.spec()) ? List.of() : List.of(new PlannedCall("bedrock-agentcore",
				"UpdateGatewayRule", before.aws().ruleId(), "the rule's priority, conditions and actions, in place"));
	}

	/** The resource policy is not part of UpdateGateway: PutResourcePolicy once the gateway exists, or DeleteResourcePolicy. */
	private static void resourcePolicy(Gateway before, Gateway after, List<PlannedCall> calls) {
		tools.jackson.databind.JsonNode wanted = after.spec().resourcePolicy();
		tools.jackson.databind.JsonNode held = before == null ? null : before.spec().resourcePolicy();
		String arn = before == null || before.aws().gatewayArn() == null ? after.name() : before.aws().gatewayArn();
		if (wanted != null && !wanted.equals(held)) {
			calls.add(new PlannedCall("bedrock-agentcore", "PutResourcePolicy", arn, before == null
					|| before.aws().gatewayArn() == null ? "once AgentCore has made the gateway" : "replaces the resource policy"));
		}
		else if (wanted == null && held != null && after.spec().owns(GatewayMembers.RESOURCE_POLICY)) {
			calls.add(new PlannedCall("bedrock-agentcore", "DeleteResourcePolicy", arn, "the spec no longer declares one"));
		}
	}

	/** Tags are not part of UpdateGateway: they converge through TagResource and UntagResource. */
	private static void tags(java.util.Map<String, String> held, java.util.Map<String, String> wanted, String arn,
			List<PlannedCall> calls) {
		if (wanted.entrySet().stream().anyMatch(tag -> !tag.getValue().equals(held.get(tag.getKey())))) {
			calls.add(new PlannedCall("bedrock-agentcore", "TagResource", arn, "sets the tags added or changed"));
		}
		if (held.keySet().stream().anyMatch(key -> !wanted.containsKey(key))) {
			calls.add(new PlannedCall("bedrock-agentcore", "UntagResource", arn, "removes the tags left out"));
		}
	}

	private DesiredGateway desired(Gateway gateway) {
		GatewaySpec spec = gateway.spec();
		var profile = spec.authorizer().idpProfileId() == null ? null
				: profiles.find(spec.authorizer().idpProfileId()).map(IdpProfile::spec).orElse(null);
		return new DesiredGateway(gateway.name(), spec.managedRole() ? spec.withRoleArn("managed") : spec, profile,
				policyEngines.expectedArn(spec));
	}

	private static DesiredTarget desired(GatewayTarget target) {
		return new DesiredTarget(target.name(), target.type(), target.spec());
	}

}
