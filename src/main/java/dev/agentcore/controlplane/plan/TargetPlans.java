package dev.agentcore.controlplane.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewayManagement;
import dev.agentcore.controlplane.gatewaytarget.GatewayTarget;
import dev.agentcore.controlplane.gatewaytarget.TargetManagement;
import dev.agentcore.controlplane.gatewaytarget.TargetRehearsals;
import dev.agentcore.controlplane.gatewaytarget.TargetRequest;
import dev.agentcore.controlplane.permissions.GatewayPermissions;
import dev.agentcore.controlplane.permissions.GatewayPermissions.PlannedTarget;
import dev.agentcore.controlplane.provisioning.ProvisioningForecast;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.Rehearsal;

/** Plans for a new target of a gateway and for a target's PUT. */
@Service
class TargetPlans {

	/** What the control plane does not change on a target: a change of these takes a new target. */
	static final Set<String> REPLACED_BY = Set.of("name", "type");

	private final TargetRehearsals rehearsals;

	private final GatewayManagement gateways;

	private final TargetManagement targets;

	private final GatewayPermissions permissions;

	private final ProvisioningForecast forecast;

	private final JsonMapper json;

	TargetPlans(TargetRehearsals rehearsals, GatewayManagement gateways, TargetManagement targets,
			GatewayPermissions permissions, ProvisioningForecast forecast, JsonMapper json) {
		this.rehearsals = rehearsals;
		this.gateways = gateways;
		this.targets = targets;
		this.permissions = permissions;
		this.forecast = forecast;
		this.json = json;
	}

	Plan forNew(Caller caller, UUID gatewayId, TargetRequest request) {
		Gateway gateway = gateways.visible(caller, gatewayId);
		Rehearsal<GatewayTarget> rehearsal = rehearsals.declare(caller, gatewayId, request);
		List<Plan.FieldChange> changes = FieldChanges.between(json, null, proposed(rehearsal, request), REPLACED_BY);
		String endpoint = "New: the gateway's URL stays; agents see the target's tools as " + request.name()
				+ "___<tool name> once they list the tools again.";
		if (!rehearsal.accepted()) {
			return refused(rehearsal, changes, endpoint);
		}
		GatewayTarget after = rehearsal.result();
		List<GatewayTarget> others = declared(gatewayId, null);
		List<String> notes = new ArrayList<>();
		Plan.PermissionChanges grants = PlanParts.permissions(() -> permissions.of(gateway, others),
				() -> plan(gateway, others, after), notes);
		return new Plan("TARGET", Plan.Action.CREATE, true, null, changes, false, endpoint,
				forecast.target(gateway, null, after, PlanParts.roleGrantsChange(grants)), forecast.preflight(), grants, notes);
	}

	Plan forChange(Caller caller, UUID gatewayId, UUID id, String ifMatch, TargetRequest request) {
		Gateway gateway = gateways.visible(caller, gatewayId);
		GatewayTarget before = rehearsals.visible(caller, gatewayId, id);
		Rehearsal<GatewayTarget> rehearsal = rehearsals.respecify(caller, gatewayId, id, ifMatch, request);
		List<Plan.FieldChange> changes = FieldChanges.between(json, declaration(before), proposed(rehearsal, request),
				REPLACED_BY);
		boolean replacement = changes.stream().anyMatch(change -> change.applied().equals(FieldChanges.REPLACEMENT));
		String endpoint = replacement
				? "Replacement: a target's name and type cannot change; a new target would get a new id, and its tools, "
						+ "named <target name>___<tool name>, new names for agents. The gateway's URL stays. The control plane "
						+ "refuses it: declare a new target and delete this one."
				: "In place: the gateway's URL and the names of the target's tools stay.";
		if (!rehearsal.accepted()) {
			return refused(rehearsal, changes, endpoint);
		}
		GatewayTarget after = rehearsal.result();
		if (after.generation() == before.generation()) {
			return new Plan("TARGET", Plan.Action.NONE, true, null, List.of(), false, endpoint, List.of(), false, null,
					List.of("The spec is the one the target has: nothing would change."));
		}
		List<GatewayTarget> others = declared(gatewayId, id);
		List<String> notes = new ArrayList<>();
		Plan.PermissionChanges grants = PlanParts.permissions(() -> plan(gateway, others, before),
				() -> plan(gateway, others, after), notes);
		return new Plan("TARGET", Plan.Action.UPDATE, true, null, changes, false, endpoint,
				forecast.target(gateway, before, after, PlanParts.roleGrantsChange(grants)), forecast.preflight(), grants,
				notes);
	}

	private dev.agentcore.controlplane.permissions.PermissionPlan plan(Gateway gateway, List<GatewayTarget> others,
			GatewayTarget target) {
		List<PlannedTarget> planned = new ArrayList<>(others.stream().map(PlannedTarget::of).toList());
		planned.add(PlannedTarget.of(target));
		return permissions.plan(gateway.id(), gateway.name(), gateway.aws().gatewayArn(), gateway.spec(), planned);
	}

	/** The gateway's targets that stay, but for {@code except}. */
	private List<GatewayTarget> declared(UUID gatewayId, UUID except) {
		return targets.targetsOf(gatewayId).stream()
			.filter(target -> !target.deletionRequested() && !target.id().equals(except))
			.toList();
	}

	private static Plan refused(Rehearsal<?> rehearsal, List<Plan.FieldChange> changes, String endpoint) {
		return new Plan("TARGET", Plan.Action.REFUSED, false, PlanParts.refusal(rehearsal.refusal()), changes,
				changes.stream().anyMatch(change -> change.applied().equals(FieldChanges.REPLACEMENT)), endpoint, List.of(),
				false, null, List.of("The request would be refused; nothing would reach AWS."));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> proposed(Rehearsal<GatewayTarget> rehearsal, TargetRequest request) {
		return rehearsal.accepted() ? declaration(rehearsal.result()) : json.convertValue(request, Map.class);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> declaration(GatewayTarget target) {
		Map<String, Object> declared = new LinkedHashMap<>();
		declared.put("name", target.name());
		declared.put("type", target.type());
		declared.putAll(json.convertValue(target.spec(), Map.class));
		return declared;
	}

}
