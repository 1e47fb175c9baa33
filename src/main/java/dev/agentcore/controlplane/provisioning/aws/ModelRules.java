package dev.agentcore.controlplane.provisioning.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.gatewayrule.RuleSpec;
import dev.agentcore.controlplane.provisioning.AgentCore.Call;
import dev.agentcore.controlplane.provisioning.AgentCoreRules;

/**
 * {@link AgentCoreRules} on the generic call path ({@link AgentCoreCalls}): the served SDK has no rule operations,
 * so each goes as the service model binds it, within the client-side quotas and classified like any SDK call.
 */
@Component
class ModelRules implements AgentCoreRules {

	private static final AgentCoreOperation CREATE = AgentCoreOperation.of("CreateGatewayRule");

	private static final AgentCoreOperation GET = AgentCoreOperation.of("GetGatewayRule");

	private static final AgentCoreOperation LIST = AgentCoreOperation.of("ListGatewayRules");

	private static final AgentCoreOperation UPDATE = AgentCoreOperation.of("UpdateGatewayRule");

	private static final AgentCoreOperation DELETE = AgentCoreOperation.of("DeleteGatewayRule");

	private final AgentCoreCalls aws;

	private final SdkCalls calls;

	ModelRules(AgentCoreCalls aws, SdkCalls calls) {
		this.aws = aws;
		this.calls = calls;
	}

	@Override
	public Call<RuleState> create(String gatewayId, RuleSpec desired, String clientToken) {
		ObjectNode input = RuleRequests.members(desired).put("clientToken", clientToken);
		AgentCoreCalls.Answer answer = calls.mutating(CREATE.name(), () -> aws.call(CREATE, gateway(gatewayId), input));
		return new Call<>(state(answer.body(), desired), answer.requestId());
	}

	@Override
	public Optional<RuleState> observe(String gatewayId, String ruleId, RuleSpec desired) {
		return calls.readIfPresent(GET.name(), () -> aws.call(GET, rule(gatewayId, ruleId), null))
			.map(answer -> state(answer.body(), desired));
	}

	@Override
	public Optional<RuleState> findByPriority(String gatewayId, int priority, RuleSpec desired) {
		return all(gatewayId).stream()
			.filter(rule -> rule.path("priority").asInt() == priority)
			.findFirst()
			.map(rule -> state(rule, desired));
	}

	@Override
	public Call<RuleState> update(String gatewayId, String ruleId, RuleSpec desired) {
		ObjectNode input = RuleRequests.members(desired);
		AgentCoreCalls.Answer answer = calls.mutating(UPDATE.name(), () -> aws.call(UPDATE, rule(gatewayId, ruleId), input));
		return new Call<>(state(answer.body(), desired), answer.requestId());
	}

	@Override
	public Call<Void> delete(String gatewayId, String ruleId) {
		return new Call<>(null, calls.deleteIfPresent(DELETE.name(),
				() -> aws.call(DELETE, rule(gatewayId, ruleId), null).requestId()));
	}

	@Override
	public List<FoundRule> list(String gatewayId) {
		return all(gatewayId).stream()
			.map(rule -> new FoundRule(rule.path("ruleId").asString(), rule.path("status").asString(), RuleRequests.spec(rule)))
			.toList();
	}

	private List<JsonNode> all(String gatewayId) {
		List<JsonNode> rules = new ArrayList<>();
		String token = null;
		do {
			ObjectNode input = MemberShim.JSON.createObjectNode().put("maxResults", 100);
			if (token != null) {
				input.put("nextToken", token);
			}
			JsonNode page = calls.read(LIST.name(), () -> aws.call(LIST, gateway(gatewayId), input)).body();
			page.path("gatewayRules").forEach(rules::add);
			token = page.path("nextToken").asString(null);
		}
		while (token != null);
		return rules;
	}

	private static RuleState state(JsonNode rule, RuleSpec desired) {
		List<String> differences = desired == null ? RuleRequests.OWNED : RuleRequests.differences(rule, desired);
		return new RuleState(rule.path("ruleId").asString(), rule.path("status").asString(), List.of(),
				differences.isEmpty(), differences);
	}

	private static Map<String, String> gateway(String gatewayId) {
		return Map.of("gatewayIdentifier", gatewayId);
	}

	private static Map<String, String> rule(String gatewayId, String ruleId) {
		return Map.of("gatewayIdentifier", gatewayId, "ruleId", ruleId);
	}

}
