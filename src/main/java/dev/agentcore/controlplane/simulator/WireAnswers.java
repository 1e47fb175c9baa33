package dev.agentcore.controlplane.simulator;

import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.ResponseEntity;

import dev.agentcore.controlplane.servicemodel.ServiceModel;
import dev.agentcore.controlplane.simulator.FaultInjector.CallKind;

/**
 * What every simulated operation's answer shares, written once for a kind's wire handlers: the call counted, the
 * faults in force applied before it runs, the model's success code and a request id; and a page as AgentCore's
 * list operations answer it.
 */
final class WireAnswers {

	private WireAnswers() {
	}

	static ResponseEntity<JsonNode> answer(SimulatedAgentCore account, FaultInjector faults, String operation,
			CallKind kind, Supplier<JsonNode> work) {
		account.stats().call(operation);
		faults.beforeCall(operation, kind);
		return ResponseEntity.status(ServiceModel.agentCore().operation(operation).code())
			.header(AgentCoreWireController.REQUEST_ID, UUID.randomUUID().toString())
			.body(work.get());
	}

	/** {@code {"<member>": [items], "nextToken": ...}}. */
	static <T> ObjectNode page(String member, Pages.Page<T> page, Function<T, ObjectNode> item) {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		ArrayNode items = node.putArray(member);
		page.items().forEach(each -> items.add(item.apply(each)));
		if (page.nextToken() != null) {
			node.put("nextToken", page.nextToken());
		}
		return node;
	}

}
