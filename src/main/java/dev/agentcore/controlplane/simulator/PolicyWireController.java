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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.agentcore.controlplane.simulator.FaultInjector.CallKind;

/**
 * The Policy operations of {@code bedrock-agentcore-control} on the wire: the paths, methods and JSON
 * members the service model binds ({@code /policy-engines},
 * {@code /policy-engines/{policyEngineId}/policies/{policyId}}, without trailing slashes; updates are PATCH).
 */
@Hidden
@RestController
@Profile({ "local", "simulator" })
@RequestMapping(path = AgentCoreWireController.BASE_PATH + "/policy-engines", produces = MediaType.APPLICATION_JSON_VALUE)
class PolicyWireController {

	private final SimulatedPolicyEngines aws;

	private final SimulatedPolicies policies;

	private final SimulatedAgentCore account;

	private final FaultInjector faults;

	PolicyWireController(SimulatedPolicyEngines aws, SimulatedPolicies policies, SimulatedAgentCore account,
			FaultInjector faults) {
		this.aws = aws;
		this.policies = policies;
		this.account = account;
		this.faults = faults;
	}

	@PostMapping
	ResponseEntity<JsonNode> createEngine(@RequestBody(required = false) JsonNode body) {
		return call("CreatePolicyEngine", CallKind.MUTATING, 202, () -> engine(aws.createEngine(WireBodies.object(body))));
	}

	@GetMapping("/{policyEngineId}")
	ResponseEntity<JsonNode> getEngine(@PathVariable String policyEngineId) {
		return call("GetPolicyEngine", CallKind.READ, 200, () -> engine(aws.engine(policyEngineId)));
	}

	@PatchMapping("/{policyEngineId}")
	ResponseEntity<JsonNode> updateEngine(@PathVariable String policyEngineId, @RequestBody(required = false) JsonNode body) {
		return call("UpdatePolicyEngine", CallKind.MUTATING, 202,
				() -> engine(aws.updateEngine(policyEngineId, WireBodies.object(body))));
	}

	@DeleteMapping("/{policyEngineId}")
	ResponseEntity<JsonNode> deleteEngine(@PathVariable String policyEngineId) {
		return call("DeletePolicyEngine", CallKind.MUTATING, 202, () -> engine(aws.deleteEngine(policyEngineId)));
	}

	@GetMapping
	ResponseEntity<JsonNode> listEngines(@RequestParam(required = false) Integer maxResults,
			@RequestParam(required = false) String nextToken) {
		return call("ListPolicyEngines", CallKind.READ, 200,
				() -> page("policyEngines", aws.engines(maxResults, nextToken), this::engine));
	}

	@PostMapping("/{policyEngineId}/policies")
	ResponseEntity<JsonNode> createPolicy(@PathVariable String policyEngineId, @RequestBody(required = false) JsonNode body) {
		return call("CreatePolicy", CallKind.MUTATING, 202,
				() -> policy(policies.create(policyEngineId, WireBodies.object(body))));
	}

	@GetMapping("/{policyEngineId}/policies/{policyId}")
	ResponseEntity<JsonNode> getPolicy(@PathVariable String policyEngineId, @PathVariable String policyId) {
		return call("GetPolicy", CallKind.READ, 200, () -> policy(policies.get(policyEngineId, policyId)));
	}

	@PatchMapping("/{policyEngineId}/policies/{policyId}")
	ResponseEntity<JsonNode> updatePolicy(@PathVariable String policyEngineId, @PathVariable String policyId,
			@RequestBody(required = false) JsonNode body) {
		return call("UpdatePolicy", CallKind.MUTATING, 202,
				() -> policy(policies.update(policyEngineId, policyId, WireBodies.object(body))));
	}

	@DeleteMapping("/{policyEngineId}/policies/{policyId}")
	ResponseEntity<JsonNode> deletePolicy(@PathVariable String policyEngineId, @PathVariable String policyId) {
		return call("DeletePolicy", CallKind.MUTATING, 202, () -> policy(policies.delete(policyEngineId, policyId)));
	}

	@GetMapping("/{policyEngineId}/policies")
	ResponseEntity<JsonNode> listPolicies(@PathVariable String policyEngineId,
			@RequestParam(required = false) Integer maxResults, @RequestParam(required = false) String nextToken) {
		return call("ListPolicies", CallKind.READ, 200,
				() -> page("policies", policies.list(policyEngineId, maxResults, nextToken), this::policy));
	}

	/**
	 * The pre-2026-03 binding (PUT, description a plain string) that SDKs generated before then still send:
	 * the model binds these operations to PATCH only, so no operation answers this method.
	 */
	@PutMapping({ "/{policyEngineId}", "/{policyEngineId}/policies/{policyId}" })
	ResponseEntity<JsonNode> updateWithPut() {
		throw AwsError.methodNotAllowed("PUT", "PATCH");
	}

	private ResponseEntity<JsonNode> call(String operation, CallKind kind, int status, Supplier<JsonNode> work) {
		account.stats().call(operation);
		faults.beforeCall(operation, kind);
		JsonNode body = work.get();
		return ResponseEntity.status(status).header(AgentCoreWireController.REQUEST_ID, UUID.randomUUID().toString()).body(body);
	}

	private ObjectNode engine(SimulatedPolicyEngine engine) {
		return PolicyWireFormat.engine(engine, aws.region(), aws.account());
	}

	private ObjectNode policy(SimulatedPolicy policy) {
		return PolicyWireFormat.policy(policy, aws.region(), aws.account());
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
