package dev.agentcore.controlplane.simulator;

import java.util.function.Supplier;

import io.swagger.v3.oas.annotations.Hidden;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.agentcore.controlplane.simulator.FaultInjector.CallKind;

/**
 * The gateway rule operations on the wire, where and as the service model binds them
 * ({@code /gateways/{gatewayIdentifier}/rules[/{ruleId}]}, updates PATCH, creates and deletes 202).
 */
@Hidden
@RestController
@Profile({ "local", "simulator" })
@AgentCoreWire
class RuleWireController {

	/** AgentCore per account and region: each call reaches the rules of the one its signer and scope name. */
	private final SimulatedRegions regions;

	RuleWireController(SimulatedRegions regions) {
		this.regions = regions;
	}

	private SimulatedRules rules() {
		return regions.current().rules();
	}

	@AwsOperation("CreateGatewayRule")
	ResponseEntity<JsonNode> create(@PathVariable String gatewayIdentifier, @RequestBody(required = false) JsonNode body) {
		return call("CreateGatewayRule", CallKind.MUTATING, () -> wire(rules().create(gatewayIdentifier, WireBodies.object(body))));
	}

	@AwsOperation("GetGatewayRule")
	ResponseEntity<JsonNode> get(@PathVariable String gatewayIdentifier, @PathVariable String ruleId) {
		return call("GetGatewayRule", CallKind.READ, () -> wire(rules().get(gatewayIdentifier, ruleId)));
	}

	@AwsOperation("UpdateGatewayRule")
	ResponseEntity<JsonNode> update(@PathVariable String gatewayIdentifier, @PathVariable String ruleId,
			@RequestBody(required = false) JsonNode body) {
		return call("UpdateGatewayRule", CallKind.MUTATING,
				() -> wire(rules().update(gatewayIdentifier, ruleId, WireBodies.object(body))));
	}

	@AwsOperation("DeleteGatewayRule")
	ResponseEntity<JsonNode> delete(@PathVariable String gatewayIdentifier, @PathVariable String ruleId) {
		return call("DeleteGatewayRule", CallKind.MUTATING, () -> {
			SimulatedRule deleting = rules().delete(gatewayIdentifier, ruleId);
			return JsonNodeFactory.instance.objectNode().put("ruleId", deleting.ruleId()).put("status", deleting.status());
		});
	}

	@AwsOperation("ListGatewayRules")
	ResponseEntity<JsonNode> list(@PathVariable String gatewayIdentifier, @RequestParam(required = false) Integer maxResults,
			@RequestParam(required = false) String nextToken) {
		return call("ListGatewayRules", CallKind.READ,
				() -> WireAnswers.page("gatewayRules", rules().list(gatewayIdentifier, maxResults, nextToken), this::wire));
	}

	private ObjectNode wire(SimulatedRule rule) {
		return rule.wire(rules().region(), rules().account());
	}

	private ResponseEntity<JsonNode> call(String operation, CallKind kind, Supplier<JsonNode> work) {
		SimulatedRegions.Region region = regions.current();
		return WireAnswers.answer(region.agentCore(), region.faults(), operation, kind, work);
	}

}
