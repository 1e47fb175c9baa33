package dev.agentcore.controlplane.provisioning.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetGatewayRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetGatewayResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetGatewayTargetRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetGatewayTargetResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ListGatewayTargetsResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ListGatewaysResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.TargetSummary;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.provisioning.AgentCoreInventory;

/**
 * The account's gateways through the SDK, read within the client-side quotas: ListGateways, and
 * GetGateway, ListTagsForResource, ListGatewayTargets and GetGatewayTarget with their raw answers
 * (members the SDK lacks included), mapped by {@link GatewayImports} and {@link TargetImports}.
 */
@Component
class SdkAgentCoreInventory implements AgentCoreInventory {

	private final SdkCalls calls;

	private final AgentCoreClients clients;

	SdkAgentCoreInventory(SdkCalls calls, AgentCoreClients clients) {
		this.calls = calls;
		this.clients = clients;
	}

	@Override
	public Page gateways(String nextToken, int maxResults) {
		ListGatewaysResponse page = calls.read("ListGateways",
				() -> aws().listGateways(r -> r.maxResults(maxResults).nextToken(nextToken)));
		return new Page(page.items().stream()
			.map(item -> new Summary(item.gatewayId(), item.name(), item.statusAsString(), item.authorizerTypeAsString(),
					item.description(), item.updatedAt()))
			.toList(), page.nextToken());
	}

	@Override
	public Optional<FoundGateway> gateway(String gatewayId) {
		return SdkCalls.absentIfNotFound(() -> {
			MemberShim.Exchange exchange = MemberShim.Exchange.reading();
			GetGatewayRequest request = MemberShim.attach(GetGatewayRequest.builder().gatewayIdentifier(gatewayId).build(),
					exchange);
			GetGatewayResponse found = calls.read("GetGateway", () -> aws().getGateway(request));
			FoundGateway gateway = GatewayImports.read(found, exchange.received(), tags(found.gatewayArn()),
					calls.readIfPresent("GetResourcePolicy", () -> aws().getResourcePolicy(r -> r.resourceArn(found.gatewayArn())))
						.map(answer -> answer.policy())
						.filter(policy -> !policy.isBlank())
						.orElse(null));
			List<FoundTarget> targets = new ArrayList<>();
			for (String targetId : targetIds(found.gatewayId())) {
				target(found.gatewayId(), targetId).ifPresent(targets::add);
			}
			return new FoundGateway(gateway.name(), gateway.identity(), gateway.status(), gateway.statusReasons(),
					gateway.spec(), gateway.profile(), targets, gateway.notes(), gateway.refusal());
		});
	}

	@Override
	public Optional<FoundTarget> target(String gatewayId, String targetId) {
		return SdkCalls.absentIfNotFound(() -> {
			MemberShim.Exchange exchange = MemberShim.Exchange.reading();
			GetGatewayTargetRequest request = MemberShim.attach(
					GetGatewayTargetRequest.builder().gatewayIdentifier(gatewayId).targetId(targetId).build(), exchange);
			GetGatewayTargetResponse found = calls.read("GetGatewayTarget", () -> aws().getGatewayTarget(request));
			return TargetImports.read(found, exchange.received());
		});
	}

	private software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient aws() {
		return clients.get();
	}

	/** The gateway's tags, without the ones AWS reserves (aws:), as the provisioner converges them. */
	private Map<String, String> tags(String arn) {
		Map<String, String> tags = new TreeMap<>(calls.read("ListTagsForResource",
				() -> aws().listTagsForResource(r -> r.resourceArn(arn))).tags());
		tags.keySet().removeIf(key -> key.regionMatches(true, 0, "aws:", 0, 4));
		return tags;
	}

	private List<String> targetIds(String gatewayId) {
		List<String> ids = new ArrayList<>();
		String token = null;
		do {
			String page = token;
			ListGatewayTargetsResponse targets = calls.read("ListGatewayTargets",
					() -> aws().listGatewayTargets(r -> r.gatewayIdentifier(gatewayId).maxResults(100).nextToken(page)));
			targets.items().stream().map(TargetSummary::targetId).forEach(ids::add);
			token = targets.nextToken();
		}
		while (token != null);
		return ids;
	}

}
