package dev.agentcore.controlplane.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.cedar.CedarSchema;
import dev.agentcore.controlplane.cedar.ToolCallAuthorization;

/**
 * The simulated data plane's policy step: a gateway that attaches a policy engine has each tools/call
 * decided by the engine's ACTIVE policies, with Cedar, as AgentCore decides it; in ENFORCE mode a deny
 * stops the call, in LOG_ONLY it is only recorded. Other simulator code (a data-plane probe) calls
 * {@link #decide}.
 */
@Component
@Profile({ "local", "simulator" })
class SimulatedToolCalls {

	private final SimulatedAgentCore gateways;

	private final SimulatedPolicyEngines engines;

	private final SimulatedPolicies policies;

	SimulatedToolCalls(SimulatedAgentCore gateways, SimulatedPolicyEngines engines, SimulatedPolicies policies) {
		this.gateways = gateways;
		this.engines = engines;
		this.policies = policies;
	}

	/**
	 * What the gateway does with a tools/call.
	 *
	 * @param proceeds whether the call reaches the tool (always in LOG_ONLY or without an engine)
	 * @param enforced whether the gateway's engine is in ENFORCE mode
	 * @param decision Cedar's decision; null when the gateway attaches no engine
	 */
	record Outcome(boolean proceeds, boolean enforced, ToolCallAuthorization.Decision decision) {
	}

	/**
	 * @param claims the caller's token claims (JWT gateways); null for IAM callers
	 * @param iamArn the IAM caller's ARN (AWS_IAM gateways)
	 */
	Outcome decide(String gatewayId, Map<String, Object> claims, String iamArn, String tool, Map<String, Object> input) {
		SimulatedAgentCore.Snapshot account = gateways.snapshot();
		SimulatedToolSets.GatewayView gateway = SimulatedToolSets.views(account, engines.region(), engines.account())
			.stream()
			.filter(view -> view.gateway().gatewayId().equals(gatewayId))
			.findFirst()
			.orElseThrow(() -> AwsError.notFound("Gateway " + gatewayId + " was not found"));
		Optional<SimulatedPolicyEngine> engine = gateway.engineArn() == null ? Optional.empty()
				: engines.engineByArn(gateway.engineArn());
		if (engine.isEmpty()) {
			return new Outcome(true, false, null);
		}
		Map<String, String> statements = new LinkedHashMap<>();
		policies.active(engine.get().policyEngineId())
			.forEach(policy -> statements.put(policy.policyId(), policy.statement()));
		CedarSchema schema = CedarSchema.generate(List.of(SimulatedToolSets.toolSet(gateway)));
		ToolCallAuthorization.Decision decision = ToolCallAuthorization.decide(schema, claims, iamArn, tool, gateway.arn(),
				input, statements);
		boolean enforced = "ENFORCE".equals(gateway.mode());
		return new Outcome(decision.allowed() || !enforced, enforced, decision);
	}

}
