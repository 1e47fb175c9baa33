package dev.agentcore.controlplane.simulator;

import java.util.UUID;
import java.util.function.Supplier;

import io.swagger.v3.oas.annotations.Hidden;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.agentcore.controlplane.servicemodel.ServiceModel;
import dev.agentcore.controlplane.simulator.FaultInjector.CallKind;

/**
 * AgentCore's resource-policy operations on the wire ({@code /resourcepolicy/{resourceArn}}, the ARN sent with its
 * slash encoded), for the simulated account's gateways.
 */
@Hidden
@RestController
@Profile({ "local", "simulator" })
@AgentCoreWire
class ResourcePolicyWireController {

	private final SimulatedResourcePolicies policies;

	private final SimulatedAgentCore account;

	private final FaultInjector faults;

	ResourcePolicyWireController(SimulatedResourcePolicies policies, SimulatedAgentCore account, FaultInjector faults) {
		this.policies = policies;
		this.account = account;
		this.faults = faults;
	}

	@AwsOperation("PutResourcePolicy")
	ResponseEntity<JsonNode> put(@PathVariable String resourceArn, @RequestBody(required = false) JsonNode body) {
		return call("PutResourcePolicy", CallKind.MUTATING, () -> JsonNodeFactory.instance.objectNode()
			.put("policy", policies.put(resourceArn, WireBodies.object(body).path("policy").asString())));
	}

	@AwsOperation("GetResourcePolicy")
	ResponseEntity<JsonNode> get(@PathVariable String resourceArn) {
		return call("GetResourcePolicy", CallKind.READ,
				() -> JsonNodeFactory.instance.objectNode().put("policy", policies.get(resourceArn)));
	}

	@AwsOperation("DeleteResourcePolicy")
	ResponseEntity<JsonNode> delete(@PathVariable String resourceArn) {
		return call("DeleteResourcePolicy", CallKind.MUTATING, () -> {
			policies.delete(resourceArn);
			return null;
		});
	}

	private ResponseEntity<JsonNode> call(String operation, CallKind kind, Supplier<JsonNode> work) {
		account.stats().call(operation);
		faults.beforeCall(operation, kind);
		JsonNode body = work.get();
		return ResponseEntity.status(ServiceModel.agentCore().operation(operation).code())
			.header(AgentCoreWireController.REQUEST_ID, UUID.randomUUID().toString())
			.body(body);
	}

}
