package dev.agentcore.controlplane.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

import dev.agentcore.controlplane.account.Placement;
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
		List<Plan.FieldChange> changes = FieldChanges.between(json, null, proposed(rehearsal, request, null), REPLACED_BY);
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
		List<Plan.FieldChange> changes = placementReplaces(FieldChanges.between(json, declaration(before),
				proposed(rehearsal, request, before), REPLACED_BY));
		boolean replacement = changes.stream().anyMatch(change -> change.applied().equals(FieldChanges.REPLACEMENT));
		String url = before.aws().gatewayUrl();
		Placement asked = requested(request);
		Placement moved = asked != null && !asked.equals(before.placement()) ? asked : null;
		String endpoint = moved != null ? "Replacement: a gateway's placement cannot change (it is " + before.placement()
				+ "); " + moved + " would be a new gateway, with a new id, new ARNs and a new URL for agents"
				+ (url == null ? "" : " (instead of " + url + ")") + ". The control plane refuses it (PLACEMENT_IMMUTABLE): "
				+ "declare a new gateway with placement " + moved + " (POST /api/v1/gateways), move the targets to it, "
				+ "then delete this one; or leave placement out to keep the gateway where it is."
				: replacement
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

	/** The declaration, with its placement when the gateway lives in a declared account (not the own one). */
	private Map<String, Object> declaration(Gateway gateway) {
		Map<String, Object> declared = declaration(gateway.name(), gateway.spec());
		if (!gateway.placement().own()) {
			declared.put("placement", Map.of("accountId", gateway.placement().accountId(), "region",
					gateway.placement().region()));
		}
		return declared;
	}

	/**
	 * The declaration as the change would store it; as requested when the change would be refused (a placement left
	 * out keeps the gateway's).
	 */
	@SuppressWarnings("unchecked")
	private Map<String, Object> proposed(Rehearsal<Gateway> rehearsal, GatewayRequest request, Gateway before) {
		if (rehearsal.accepted()) {
			Map<String, Object> declared = declaration(rehearsal.result());
			if (request.placement() != null) {
				declared.putIfAbsent("placement", json.convertValue(request.placement(), Map.class));
			}
			return declared;
		}
		Map<String, Object> requested = json.convertValue(request, Map.class);
		if (request.placement() == null && before != null) {
			requested.put("placement", declaration(before).get("placement"));
		}
		return requested;
	}

	private static Placement requested(GatewayRequest request) {
		return request.placement() == null ? null
				: new Placement(request.placement().accountId(), request.placement().region());
	}

	/** Another account or region is another gateway, from the control plane's own account and region too. */
	private static List<Plan.FieldChange> placementReplaces(List<Plan.FieldChange> changes) {
		return changes.stream()
			.map(change -> change.field().startsWith("placement") ? new Plan.FieldChange(change.field(), change.old(),
					change.next(), FieldChanges.REPLACEMENT) : change)
			.toList();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> declaration(String name, Object spec) {
		Map<String, Object> declared = new LinkedHashMap<>();
		declared.put("name", name);
		declared.putAll(json.convertValue(spec, Map.class));
		return declared;
	}

}
