package dev.agentcore.controlplane.plan;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewayManagement;
import dev.agentcore.controlplane.gatewayrule.GatewayRule;
import dev.agentcore.controlplane.gatewayrule.RuleRehearsals;
import dev.agentcore.controlplane.gatewayrule.RuleSpec;
import dev.agentcore.controlplane.provisioning.ProvisioningForecast;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.Rehearsal;

/** Plans for a new rule of a gateway and for a rule's PUT: rules change in place and grant nothing new. */
@Service
class RulePlans {

	private static final String ENDPOINT = "In place: the gateway's URL and its tools' names stay; calls are routed by "
			+ "the rule once AgentCore holds it.";

	private final RuleRehearsals rehearsals;

	private final GatewayManagement gateways;

	private final ProvisioningForecast forecast;

	private final JsonMapper json;

	RulePlans(RuleRehearsals rehearsals, GatewayManagement gateways, ProvisioningForecast forecast, JsonMapper json) {
		this.rehearsals = rehearsals;
		this.gateways = gateways;
		this.forecast = forecast;
		this.json = json;
	}

	Plan forNew(Caller caller, UUID gatewayId, RuleSpec request) {
		Gateway gateway = gateways.visible(caller, gatewayId);
		return plan(gateway, null, rehearsals.declare(caller, gatewayId, request), request, Plan.Action.CREATE);
	}

	Plan forChange(Caller caller, UUID gatewayId, UUID id, String ifMatch, RuleSpec request) {
		Gateway gateway = gateways.visible(caller, gatewayId);
		GatewayRule before = rehearsals.visible(caller, gatewayId, id);
		return plan(gateway, before, rehearsals.respecify(caller, gatewayId, id, ifMatch, request), request,
				Plan.Action.UPDATE);
	}

	@SuppressWarnings("unchecked")
	private Plan plan(Gateway gateway, GatewayRule before, Rehearsal<GatewayRule> rehearsal, RuleSpec request,
			Plan.Action action) {
		List<Plan.FieldChange> changes = FieldChanges.between(json,
				before == null ? null : json.convertValue(before.spec(), Map.class), json.convertValue(request, Map.class),
				Set.of());
		if (!rehearsal.accepted()) {
			return new Plan("GATEWAY_RULE", Plan.Action.REFUSED, false, PlanParts.refusal(rehearsal.refusal()), changes,
					false, ENDPOINT, List.of(), false, null, List.of("The request would be refused; nothing would reach AWS."));
		}
		List<ProvisioningForecast.PlannedCall> calls = forecast.rule(gateway, before, rehearsal.result());
		return new Plan("GATEWAY_RULE", calls.isEmpty() ? Plan.Action.NONE : action, true, null, changes, false, ENDPOINT,
				calls, false, null, List.of("Rules call nothing the execution role needs: no grant changes."));
	}

}
