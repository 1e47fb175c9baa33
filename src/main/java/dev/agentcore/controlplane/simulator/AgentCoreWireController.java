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
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import dev.agentcore.controlplane.servicemodel.ServiceModel;
import dev.agentcore.controlplane.simulator.FaultInjector.CallKind;

/**
 * The gateway operations of {@code bedrock-agentcore-control} on the wire: the paths, methods,
 * status codes and JSON members the AWS SDK's marshallers send and expect.
 */
@Hidden
@RestController
@Profile({ "local", "simulator" })
@AgentCoreWire
class AgentCoreWireController {

	static final String BASE_PATH = "/local/aws/agentcore";

	static final String REQUEST_ID = "x-amzn-RequestId";

	private final SimulatedRegions regions;

	private final SimulatorUrls urls;

	private final SimulatedMcpServers servers;

	private final SimulatedWorkloadIdentities identities;

	AgentCoreWireController(SimulatedRegions regions, SimulatorUrls urls, SimulatedMcpServers servers,
			SimulatedWorkloadIdentities identities) {
		this.regions = regions;
		this.identities = identities;
		this.servers = servers;
		this.urls = urls;
	}

	/** AgentCore in the account and region the request is signed for. */
	private SimulatedAgentCore aws() {
		return regions.current().agentCore();
	}

	private FaultInjector faults() {
		return regions.current().faults();
	}

	/** Works out (and remembers) whether the faults doom this name before the account's lock is taken. */
	private void judgeOutsideTheLock(String name) {
		faults().faults().failsName(name);
	}

	@AwsOperation("CreateGateway")
	ResponseEntity<JsonNode> createGateway(@RequestBody(required = false) JsonNode body) {
		return call("CreateGateway", CallKind.MUTATING, () -> {
			JsonNode request = object(body);
			GatewayInput spec = GatewayInputRules.create(request);
			judgeOutsideTheLock(spec.name());
			return gateway(aws().createGateway(spec, request));
		});
	}

	@AwsOperation("GetGateway")
	ResponseEntity<JsonNode> getGateway(@PathVariable String gatewayIdentifier) {
		return call("GetGateway", CallKind.READ, () -> gateway(aws().gateway(gatewayIdentifier)));
	}

	@AwsOperation("UpdateGateway")
	ResponseEntity<JsonNode> updateGateway(@PathVariable String gatewayIdentifier,
			@RequestBody(required = false) JsonNode body) {
		return call("UpdateGateway", CallKind.MUTATING,
				() -> {
					GatewayInput spec = GatewayInputRules.update(object(body));
					judgeOutsideTheLock(spec.name());
					return gateway(aws().updateGateway(gatewayIdentifier, spec));
				});
	}

	@AwsOperation("DeleteGateway")
	ResponseEntity<JsonNode> deleteGateway(@PathVariable String gatewayIdentifier) {
		return call("DeleteGateway", CallKind.MUTATING, () -> {
			SimulatedGateway gateway = aws().deleteGateway(gatewayIdentifier);
			ObjectNode node = JsonNodeFactory.instance.objectNode();
			node.put("gatewayId", gateway.gatewayId());
			node.put("status", gateway.status());
			node.putArray("statusReasons");
			return node;
		});
	}

	@AwsOperation("ListGateways")
	ResponseEntity<JsonNode> listGateways(@RequestParam(required = false) Integer maxResults,
			@RequestParam(required = false) String nextToken) {
		return call("ListGateways", CallKind.READ,
				() -> page(aws().gateways(maxResults, nextToken), WireFormat::gatewaySummary));
	}

	@AwsOperation("CreateGatewayTarget")
	ResponseEntity<JsonNode> createTarget(@PathVariable String gatewayIdentifier,
			@RequestBody(required = false) JsonNode body) {
		return call("CreateGatewayTarget", CallKind.MUTATING, () -> {
			JsonNode request = object(body);
			TargetInput spec = TargetInputRules.create(request);
			judgeOutsideTheLock(spec.name());
			SimulatedTarget created = aws().createTarget(gatewayIdentifier, spec, request,
					ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
			servers.listed(created);
			return target(created);
		});
	}

	@AwsOperation("GetGatewayTarget")
	ResponseEntity<JsonNode> getTarget(@PathVariable String gatewayIdentifier, @PathVariable String targetId) {
		return call("GetGatewayTarget", CallKind.READ, () -> {
			aws().stats().read(targetId);
			return target(aws().target(gatewayIdentifier, targetId));
		});
	}

	@AwsOperation("UpdateGatewayTarget")
	ResponseEntity<JsonNode> updateTarget(@PathVariable String gatewayIdentifier, @PathVariable String targetId,
			@RequestBody(required = false) JsonNode body) {
		return call("UpdateGatewayTarget", CallKind.MUTATING,
				() -> {
					TargetInput spec = TargetInputRules.update(object(body));
					judgeOutsideTheLock(spec.name());
					return target(aws().updateTarget(gatewayIdentifier, targetId, spec));
				});
	}

	@AwsOperation("DeleteGatewayTarget")
	ResponseEntity<JsonNode> deleteTarget(@PathVariable String gatewayIdentifier, @PathVariable String targetId) {
		return call("DeleteGatewayTarget", CallKind.MUTATING, () -> {
			SimulatedTarget target = aws().deleteTarget(gatewayIdentifier, targetId);
			ObjectNode node = JsonNodeFactory.instance.objectNode();
			node.put("gatewayArn", WireFormat.gatewayArn(target.gatewayId(), aws().region(), aws().accountId()));
			node.put("targetId", target.targetId());
			node.put("status", target.status());
			node.putArray("statusReasons");
			return node;
		});
	}

	@AwsOperation("ListGatewayTargets")
	ResponseEntity<JsonNode> listTargets(@PathVariable String gatewayIdentifier,
			@RequestParam(required = false) Integer maxResults, @RequestParam(required = false) String nextToken) {
		return call("ListGatewayTargets", CallKind.READ,
				() -> page(aws().targets(gatewayIdentifier, maxResults, nextToken), WireFormat::targetSummary));
	}

	@AwsOperation("SynchronizeGatewayTargets")
	ResponseEntity<JsonNode> synchronize(@PathVariable String gatewayIdentifier,
			@RequestBody(required = false) JsonNode body) {
		return call("SynchronizeGatewayTargets", CallKind.MUTATING, () -> {
			JsonNode ids = object(body).path("targetIdList");
			List<String> targetIds = new ArrayList<>();
			ids.forEach(id -> targetIds.add(id.asString()));
			ObjectNode node = JsonNodeFactory.instance.objectNode();
			ArrayNode targets = node.putArray("targets");
			aws().synchronize(gatewayIdentifier, targetIds).forEach(target -> {
				servers.listed(target);
				targets.add(target(target));
			});
			return node;
		});
	}

	@AwsOperation("GetWorkloadIdentity")
	ResponseEntity<JsonNode> getWorkloadIdentity(@RequestBody(required = false) JsonNode body) {
		return call("GetWorkloadIdentity", CallKind.READ, () -> identities.get(object(body).path("name").asString("")));
	}

	@AwsOperation("UpdateWorkloadIdentity")
	ResponseEntity<JsonNode> updateWorkloadIdentity(@RequestBody(required = false) JsonNode body) {
		return call("UpdateWorkloadIdentity", CallKind.MUTATING, () -> {
			JsonNode request = object(body);
			List<String> urls = new ArrayList<>();
			request.path("allowedResourceOauth2ReturnUrls").forEach(url -> urls.add(url.asString()));
			return identities.update(request.path("name").asString(""), urls);
		});
	}

	@AwsOperation("TagResource")
	ResponseEntity<JsonNode> tagResource(@PathVariable String resourceArn, @RequestBody(required = false) JsonNode body) {
		return call("TagResource", CallKind.MUTATING, () -> {
			aws().tag(resourceArn, GatewayInputRules.tags(object(body)));
			return null;
		});
	}

	@AwsOperation("UntagResource")
	ResponseEntity<JsonNode> untagResource(@PathVariable String resourceArn,
			@RequestParam(required = false) List<String> tagKeys) {
		return call("UntagResource", CallKind.MUTATING, () -> {
			aws().untag(resourceArn, tagKeys);
			return null;
		});
	}

	@AwsOperation("ListTagsForResource")
	ResponseEntity<JsonNode> listTagsForResource(@PathVariable String resourceArn) {
		return call("ListTagsForResource", CallKind.READ, () -> {
			ObjectNode node = JsonNodeFactory.instance.objectNode();
			ObjectNode tags = node.putObject("tags");
			aws().tags(resourceArn).forEach(tags::put);
			return node;
		});
	}

	private ResponseEntity<JsonNode> call(String operation, CallKind kind,
			java.util.function.Supplier<JsonNode> work) {
		aws().stats().call(operation);
		faults().beforeCall(operation, kind);
		JsonNode body = work.get();
		if (faults().faults().normalizes()) {
			body = AwsNormalization.answer(operation, body);
		}
		return ResponseEntity.status(ServiceModel.agentCore().operation(operation).code()).header(REQUEST_ID, UUID.randomUUID().toString()).body(body);
	}

	private ObjectNode gateway(SimulatedGateway gateway) {
		return WireFormat.gateway(gateway, aws().region(), aws().accountId(), urls.gatewayUrl(gateway.gatewayId(), aws().region()));
	}

	private ObjectNode target(SimulatedTarget target) {
		return WireFormat.target(target, aws().region(), aws().accountId());
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
