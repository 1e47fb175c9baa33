package dev.agentcore.controlplane.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import dev.agentcore.controlplane.simulator.FaultInjector.CallKind;

/**
 * The gateway operations of {@code bedrock-agentcore-control} on the wire: the paths, methods,
 * status codes and JSON members the AWS SDK's marshallers send and expect.
 */
@Hidden
@RestController
@Profile({ "local", "simulator" })
@RequestMapping(path = AgentCoreWireController.BASE_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
class AgentCoreWireController {

	static final String BASE_PATH = "/local/aws/agentcore";

	static final String REQUEST_ID = "x-amzn-RequestId";

	private final SimulatedAgentCore aws;

	private final FaultInjector faults;

	private final SimulatorUrls urls;

	AgentCoreWireController(SimulatedAgentCore aws, FaultInjector faults, SimulatorUrls urls) {
		this.aws = aws;
		this.faults = faults;
		this.urls = urls;
	}

	/** Works out (and remembers) whether the faults doom this name before the account's lock is taken. */
	private void judgeOutsideTheLock(String name) {
		faults.faults().failsName(name);
	}

	@PostMapping("/gateways/")
	ResponseEntity<JsonNode> createGateway(@RequestBody(required = false) JsonNode body) {
		return call("CreateGateway", CallKind.MUTATING, 202, () -> {
			JsonNode request = object(body);
			GatewayInput spec = GatewayInputRules.create(request);
			judgeOutsideTheLock(spec.name());
			return gateway(aws.createGateway(spec, request));
		});
	}

	@GetMapping("/gateways/{gatewayIdentifier}/")
	ResponseEntity<JsonNode> getGateway(@PathVariable String gatewayIdentifier) {
		return call("GetGateway", CallKind.READ, 200, () -> gateway(aws.gateway(gatewayIdentifier)));
	}

	@PutMapping("/gateways/{gatewayIdentifier}/")
	ResponseEntity<JsonNode> updateGateway(@PathVariable String gatewayIdentifier,
			@RequestBody(required = false) JsonNode body) {
		return call("UpdateGateway", CallKind.MUTATING, 202,
				() -> {
					GatewayInput spec = GatewayInputRules.update(object(body));
					judgeOutsideTheLock(spec.name());
					return gateway(aws.updateGateway(gatewayIdentifier, spec));
				});
	}

	@DeleteMapping("/gateways/{gatewayIdentifier}/")
	ResponseEntity<JsonNode> deleteGateway(@PathVariable String gatewayIdentifier) {
		return call("DeleteGateway", CallKind.MUTATING, 202, () -> {
			SimulatedGateway gateway = aws.deleteGateway(gatewayIdentifier);
			ObjectNode node = JsonNodeFactory.instance.objectNode();
			node.put("gatewayId", gateway.gatewayId());
			node.put("status", gateway.status());
			node.putArray("statusReasons");
			return node;
		});
	}

	@GetMapping("/gateways/")
	ResponseEntity<JsonNode> listGateways(@RequestParam(required = false) Integer maxResults,
			@RequestParam(required = false) String nextToken) {
		return call("ListGateways", CallKind.READ, 200,
				() -> page(aws.gateways(maxResults, nextToken), WireFormat::gatewaySummary));
	}

	@PostMapping("/gateways/{gatewayIdentifier}/targets/")
	ResponseEntity<JsonNode> createTarget(@PathVariable String gatewayIdentifier,
			@RequestBody(required = false) JsonNode body) {
		return call("CreateGatewayTarget", CallKind.MUTATING, 202, () -> {
			JsonNode request = object(body);
			TargetInput spec = TargetInputRules.create(request);
			judgeOutsideTheLock(spec.name());
			return target(aws.createTarget(gatewayIdentifier, spec, request,
					ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()));
		});
	}

	@GetMapping("/gateways/{gatewayIdentifier}/targets/{targetId}/")
	ResponseEntity<JsonNode> getTarget(@PathVariable String gatewayIdentifier, @PathVariable String targetId) {
		return call("GetGatewayTarget", CallKind.READ, 200, () -> {
			aws.stats().read(targetId);
			return target(aws.target(gatewayIdentifier, targetId));
		});
	}

	@PutMapping("/gateways/{gatewayIdentifier}/targets/{targetId}/")
	ResponseEntity<JsonNode> updateTarget(@PathVariable String gatewayIdentifier, @PathVariable String targetId,
			@RequestBody(required = false) JsonNode body) {
		return call("UpdateGatewayTarget", CallKind.MUTATING, 202,
				() -> {
					TargetInput spec = TargetInputRules.update(object(body));
					judgeOutsideTheLock(spec.name());
					return target(aws.updateTarget(gatewayIdentifier, targetId, spec));
				});
	}

	@DeleteMapping("/gateways/{gatewayIdentifier}/targets/{targetId}/")
	ResponseEntity<JsonNode> deleteTarget(@PathVariable String gatewayIdentifier, @PathVariable String targetId) {
		return call("DeleteGatewayTarget", CallKind.MUTATING, 202, () -> {
			SimulatedTarget target = aws.deleteTarget(gatewayIdentifier, targetId);
			ObjectNode node = JsonNodeFactory.instance.objectNode();
			node.put("gatewayArn", WireFormat.gatewayArn(target.gatewayId(), aws.region(), aws.accountId()));
			node.put("targetId", target.targetId());
			node.put("status", target.status());
			node.putArray("statusReasons");
			return node;
		});
	}

	@GetMapping("/gateways/{gatewayIdentifier}/targets/")
	ResponseEntity<JsonNode> listTargets(@PathVariable String gatewayIdentifier,
			@RequestParam(required = false) Integer maxResults, @RequestParam(required = false) String nextToken) {
		return call("ListGatewayTargets", CallKind.READ, 200,
				() -> page(aws.targets(gatewayIdentifier, maxResults, nextToken), WireFormat::targetSummary));
	}

	@PutMapping("/gateways/{gatewayIdentifier}/synchronizeTargets")
	ResponseEntity<JsonNode> synchronize(@PathVariable String gatewayIdentifier,
			@RequestBody(required = false) JsonNode body) {
		return call("SynchronizeGatewayTargets", CallKind.MUTATING, 202, () -> {
			JsonNode ids = WireFields.array(object(body), "targetIdList", 1);
			if (ids == null || ids.isEmpty()) {
				throw AwsError.validation("targetIdList", "Member must have length equal to 1");
			}
			List<String> targetIds = new ArrayList<>();
			ids.forEach(id -> targetIds.add(id.asString()));
			ObjectNode node = JsonNodeFactory.instance.objectNode();
			ArrayNode targets = node.putArray("targets");
			aws.synchronize(gatewayIdentifier, targetIds).forEach(target -> targets.add(target(target)));
			return node;
		});
	}

	@PostMapping("/tags/{resourceArn}")
	ResponseEntity<JsonNode> tagResource(@PathVariable String resourceArn, @RequestBody(required = false) JsonNode body) {
		return call("TagResource", CallKind.MUTATING, 204, () -> {
			aws.tag(resourceArn, GatewayInputRules.tags(object(body)));
			return null;
		});
	}

	@DeleteMapping("/tags/{resourceArn}")
	ResponseEntity<JsonNode> untagResource(@PathVariable String resourceArn,
			@RequestParam(required = false) List<String> tagKeys) {
		return call("UntagResource", CallKind.MUTATING, 204, () -> {
			if (tagKeys == null) {
				throw AwsError.validation("tagKeys", "Member must not be null");
			}
			GatewayShapes.TAG_KEYS.check(JsonNodeFactory.instance.arrayNode().addAll(tagKeys.stream()
				.map(JsonNodeFactory.instance::stringNode)
				.toList()), "tagKeys");
			aws.untag(resourceArn, tagKeys);
			return null;
		});
	}

	@GetMapping("/tags/{resourceArn}")
	ResponseEntity<JsonNode> listTagsForResource(@PathVariable String resourceArn) {
		return call("ListTagsForResource", CallKind.READ, 200, () -> {
			ObjectNode node = JsonNodeFactory.instance.objectNode();
			ObjectNode tags = node.putObject("tags");
			aws.tags(resourceArn).forEach(tags::put);
			return node;
		});
	}

	private ResponseEntity<JsonNode> call(String operation, CallKind kind, int status,
			java.util.function.Supplier<JsonNode> work) {
		aws.stats().call(operation);
		faults.beforeCall(operation, kind);
		JsonNode body = work.get();
		return ResponseEntity.status(status).header(REQUEST_ID, UUID.randomUUID().toString()).body(body);
	}

	private ObjectNode gateway(SimulatedGateway gateway) {
		return WireFormat.gateway(gateway, aws.region(), aws.accountId(), urls.gatewayUrl(gateway.gatewayId(), aws.region()));
	}

	private ObjectNode target(SimulatedTarget target) {
		return WireFormat.target(target, aws.region(), aws.accountId());
	}

	private static <T> JsonNode page(Pages.Page<T> page, Function<T, ObjectNode> summary) {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		ArrayNode items = node.putArray("items");
		page.items().forEach(item -> items.add(summary.apply(item)));
		if (page.nextToken() != null) {
			node.put("nextToken", page.nextToken());
		}
		return node;
	}

	private static JsonNode object(JsonNode body) {
		if (body == null || body.isNull()) {
			return JsonNodeFactory.instance.objectNode();
		}
		if (!body.isObject()) {
			throw AwsError.validation("The request body must be a JSON object");
		}
		return body;
	}

}
