package dev.agentcore.controlplane.simulator;

import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import io.swagger.v3.oas.annotations.Hidden;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.agentcore.controlplane.servicemodel.ServiceModel;
import dev.agentcore.controlplane.simulator.FaultInjector.CallKind;

/**
 * The Policy operations of {@code bedrock-agentcore-control} on the wire: the paths, methods and JSON
 * members the service model binds ({@code /policy-engines},
 * {@code /policy-engines/{policyEngineId}/policies/{policyId}}, without trailing slashes; updates are PATCH).
 */
@Hidden
@RestController
@Profile({ "local", "simulator" })
@AgentCoreWire
class PolicyWireController {

	/** Engines per account and region: each call reaches those of the one its signer and scope name. */
	private final SimulatedPlacedPolicies placed;

	PolicyWireController(SimulatedPlacedPolicies placed) {
		this.placed = placed;
	}

	private SimulatedPolicyEngines aws() {
		return placed.current().engines();
	}

	private SimulatedPolicies policies() {
		return placed.current().policies();
	}

	@AwsOperation("CreatePolicyEngine")
	ResponseEntity<JsonNode> createEngine(@RequestBody(required = false) JsonNode body) {
		return call("CreatePolicyEngine", CallKind.MUTATING, () -> engine(aws().createEngine(WireBodies.object(body))));
	}

	@AwsOperation("GetPolicyEngine")
	ResponseEntity<JsonNode> getEngine(@PathVariable String policyEngineId) {
		return call("GetPolicyEngine", CallKind.READ, () -> engine(aws().engine(policyEngineId)));
	}

	@AwsOperation("UpdatePolicyEngine")
	ResponseEntity<JsonNode> updateEngine(@PathVariable String policyEngineId, @RequestBody(required = false) JsonNode body) {
		return call("UpdatePolicyEngine", CallKind.MUTATING,
				() -> engine(aws().updateEngine(policyEngineId, WireBodies.object(body))));
	}

	@AwsOperation("DeletePolicyEngine")
	ResponseEntity<JsonNode> deleteEngine(@PathVariable String policyEngineId) {
		return call("DeletePolicyEngine", CallKind.MUTATING, () -> engine(aws().deleteEngine(policyEngineId)));
	}

	@AwsOperation("ListPolicyEngines")
	ResponseEntity<JsonNode> listEngines(@RequestParam(required = false) Integer maxResults,
			@RequestParam(required = false) String nextToken) {
		return call("ListPolicyEngines", CallKind.READ,
				() -> page("policyEngines", aws().engines(maxResults, nextToken), this::engine));
	}

	@AwsOperation("CreatePolicy")
	ResponseEntity<JsonNode> createPolicy(@PathVariable String policyEngineId, @RequestBody(required = false) JsonNode body) {
		return call("CreatePolicy", CallKind.MUTATING,
				() -> policy(policies().create(policyEngineId, WireBodies.object(body))));
	}

	@AwsOperation("GetPolicy")
	ResponseEntity<JsonNode> getPolicy(@PathVariable String policyEngineId, @PathVariable String policyId) {
		return call("GetPolicy", CallKind.READ, () -> policy(policies().get(policyEngineId, policyId)));
	}

	@AwsOperation("UpdatePolicy")
	ResponseEntity<JsonNode> updatePolicy(@PathVariable String policyEngineId, @PathVariable String policyId,
			@RequestBody(required = false) JsonNode body) {
		return call("UpdatePolicy", CallKind.MUTATING,
				() -> policy(policies().update(policyEngineId, policyId, WireBodies.object(body))));
	}

	@AwsOperation("DeletePolicy")
	ResponseEntity<JsonNode> deletePolicy(@PathVariable String policyEngineId, @PathVariable String policyId) {
		return call("DeletePolicy", CallKind.MUTATING, () -> policy(policies().delete(policyEngineId, policyId)));
	}

	@AwsOperation("ListPolicies")
	ResponseEntity<JsonNode> listPolicies(@PathVariable String policyEngineId,
			@RequestParam(required = false) Integer maxResults, @RequestParam(required = false) String nextToken) {
		return call("ListPolicies", CallKind.READ,
				() -> page("policies", policies().list(policyEngineId, maxResults, nextToken), this::policy));
	}

	/**
	 * The pre-2026-03 binding (PUT, description a plain string) that SDKs generated before then still send:
	 * the model binds these operations to PATCH only, so no operation answers this method.
	 */
	@PutMapping({ AgentCoreWireController.BASE_PATH + "/policy-engines/{policyEngineId}",
			AgentCoreWireController.BASE_PATH + "/policy-engines/{policyEngineId}/policies/{policyId}" })
	ResponseEntity<JsonNode> updateWithPut() {
		throw AwsError.methodNotAllowed("PUT", "PATCH");
	}

	private ResponseEntity<JsonNode> call(String operation, CallKind kind, Supplier<JsonNode> work) {
		SimulatedRegions.Region region = placed.current().region();
		region.agentCore().stats().call(operation);
		region.faults().beforeCall(operation, kind);
		JsonNode body = work.get();
		if (region.faults().faults().normalizes()) {
			body = AwsNormalization.answer(operation, body);
		}
		return ResponseEntity.status(ServiceModel.agentCore().operation(operation).code()).header(AgentCoreWireController.REQUEST_ID, UUID.randomUUID().toString()).body(body);
	}

	private ObjectNode engine(SimulatedPolicyEngine engine) {
		return PolicyWireFormat.engine(engine, aws().region(), aws().account());
	}

	private ObjectNode policy(SimulatedPolicy policy) {
		return PolicyWireFormat.policy(policy, aws().region(), aws().account());
	}

	private static <T> JsonNode page(String member, Pages.Page<T> page, Function<T, ObjectNode> item) {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		ArrayNode items = node.putArray(member);
		page.items().forEach(each -> items.add(item.apply(each)));
		if (page.nextToken() != null) {
			node.put("nextToken", page.nextToken());
		}
		return node;
	}

}
