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
import dev.agentcore.controlplane.gateway.GatewayRehearsals;
import dev.agentcore.controlplane.gateway.GatewayRequest;
import dev.agentcore.controlplane.gatewaytarget.GatewayTarget;
import dev.agentcore.controlplane.gatewaytarget.TargetManagement;
import dev.agentcore.controlplane.permissions.GatewayPermissions;
import dev.agentcore.controlplane.provisioning.ProvisioningForecast;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.Rehearsal;

/** Plans for a new gateway and for a gateway's PUT. */
@Service
class GatewayPlans {

	/** What AgentCore cannot change on a gateway: a change of these takes a new gateway. */
	static final Set<String> REPLACED_BY = Set.of("name", "authorizer.type");

	private final GatewayRehearsals rehearsals;

	private final GatewayManagement gateways;

	private final TargetManagement targets;

	private final GatewayPermissions permissions;

	private final ProvisioningForecast forecast;

	private final JsonMapper json;

	GatewayPlans(GatewayRehearsals rehearsals, GatewayManagement gateways, TargetManagement targets,
			GatewayPermissions permissions, ProvisioningForecast forecast, JsonMapper json) {
		this.rehearsals = rehearsals;
		this.gateways = gateways;
		this.targets = targets;
		this.permissions = permissions;
		this.forecast = forecast;
		this.json = json;
	}

	Plan forNew(Caller caller, GatewayRequest request) {
		Rehearsal<Gateway> rehearsal = rehearsals.declare(caller, request);
		List<Plan.FieldChange> changes = FieldChanges.between(json, null, proposed(rehearsal, request), REPLACED_BY);
		String endpoint = "New: AgentCore gives the gateway its id and the URL agents use "
				+ "(https://<gateway id>.gateway.bedrock-agentcore.<region>.amazonaws.com/mcp) when it creates it.";
		if (!rehearsal.accepted()) {
			return refused(rehearsal, changes, endpoint);
		}
		Gateway after = rehearsal.result();
		List<String> notes = new ArrayList<>();
		Plan.PermissionChanges grants = PlanParts.permissions(() -> null,
				() -> permissions.plan(null, after.name(), null, after.spec(), List.of()), notes);
		return new Plan("GATEWAY", Plan.Action.CREATE, true, null, changes, false, endpoint,
				forecast.gateway(null, after, PlanParts.roleGrantsChange(grants)), forecast.preflight(), grants, notes);
	}

	Plan forChange(Caller caller, UUID id, String ifMatch, GatewayRequest request) {
		Gateway before = gateways.visible(caller, id);
		Rehearsal<Gateway> rehearsal = rehearsals.respecify(caller, id, ifMatch, request);
		List<Plan.FieldChange> changes = FieldChanges.between(json, declaration(before), proposed(rehearsal, request),
				REPLACED_BY);
		boolean replacement = changes.stream().anyMatch(change -> change.applied().equals(FieldChanges.REPLACEMENT));
		String url = before.aws().gatewayUrl();
		String endpoint = replacement
				? "Replacement: AgentCore cannot change a gateway's name or authorizer type; that takes a new gateway, with a "
						+ "new id and a new URL for agents" + (url == null ? "" : " (instead of " + url + ")")
						+ ". The control plane refuses it: declare a new gateway and move the targets."
				: "In place: the gateway keeps its id and the URL agents use" + (url == null ? " (AgentCore gives it "
						+ "when it creates the gateway)." : " (" + url + ").");
		if (!rehearsal.accepted()) {
			return refused(rehearsal, changes, endpoint);
		}
		Gateway after = rehearsal.result();
		if (after.generation() == before.generation()) {
			return new Plan("GATEWAY", Plan.Action.NONE, true, null, List.of(), false, endpoint, List.of(), false,
					null, List.of("The spec is the one the gateway has: nothing would change."));
		}
		List<GatewayTarget> declared = targets.targetsOf(id).stream().filter(target -> !target.deletionRequested()).toList();
		List<String> notes = new ArrayList<>();
		Plan.PermissionChanges grants = PlanParts.permissions(() -> permissions.of(before, declared),
				() -> permissions.plan(id, after.name(), before.aws().gatewayArn(), after.spec(),
						declared.stream().map(GatewayPermissions.PlannedTarget::of).toList()), notes);
		return new Plan("GATEWAY", Plan.Action.UPDATE, true, null, changes, false, endpoint,
				forecast.gateway(before, after, PlanParts.roleGrantsChange(grants)), forecast.preflight(), grants, notes);
	}

	private static Plan refused(Rehearsal<?> rehearsal, List<Plan.FieldChange> changes, String endpoint) {
		return new Plan("GATEWAY", Plan.Action.REFUSED, false, PlanParts.refusal(rehearsal.refusal()), changes,
				changes.stream().anyMatch(change -> change.applied().equals(FieldChanges.REPLACEMENT)), endpoint, List.of(),
				false, null, List.of("The request would be refused; nothing would reach AWS."));
	}

	private Map<String, Object> declaration(Gateway gateway) {
		return declaration(gateway.name(), gateway.spec());
	}

	/** The declaration as the change would store it; as requested when the change would be refused. */
	@SuppressWarnings("unchecked")
	private Map<String, Object> proposed(Rehearsal<Gateway> rehearsal, GatewayRequest request) {
		return rehearsal.accepted() ? declaration(rehearsal.result()) : json.convertValue(request, Map.class);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> declaration(String name, Object spec) {
		Map<String, Object> declared = new LinkedHashMap<>();
		declared.put("name", name);
		declared.putAll(json.convertValue(spec, Map.class));
		return declared;
	}

}
