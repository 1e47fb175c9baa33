package dev.agentcore.controlplane.simulator;

import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The simulated data plane's policy step with Cedar: a gateway whose policy engine is in ENFORCE mode has
 * each {@code tools/call} decided by the engine's ACTIVE policies ({@link SimulatedToolCalls}); in LOG_ONLY,
 * or without an engine, every admitted call goes through. The simulator verifies no SigV4 identity, so an
 * AWS_IAM caller is evaluated as the account's root, and a NONE gateway's caller as {@code sub} "anonymous".
 */
@Component
@Profile({ "local", "simulator" })
class CedarToolCallPolicy implements ToolCallPolicy {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SimulatedToolCalls calls;

	private final SimulatorSettings settings;

	CedarToolCallPolicy(SimulatedToolCalls calls, SimulatorSettings settings) {
		this.calls = calls;
		this.settings = settings;
	}

	@Override
	@SuppressWarnings("unchecked")
	public String deny(SimulatedGateway gateway, String toolName, JsonNode arguments, JWTClaimsSet principal) {
		Map<String, Object> input = arguments != null && arguments.isObject() ? JSON.convertValue(arguments, Map.class)
				: Map.of();
		boolean iam = "AWS_IAM".equals(gateway.authorizerType());
		Map<String, Object> claims = iam ? null : principal != null ? principal.toJSONObject() : Map.of("sub", "anonymous");
		String iamArn = iam ? "arn:aws:iam::" + settings.accountId() + ":root" : null;
		SimulatedToolCalls.Outcome outcome = calls.decide(gateway.gatewayId(), claims, iamArn, toolName, input);
		if (outcome.proceeds()) {
			return null;
		}
		return outcome.decision().determiningPolicies().isEmpty()
				? "no policy of the gateway's policy engine permits this call" + errors(outcome)
				: "forbidden by " + outcome.decision().determiningPolicies() + errors(outcome);
	}

	private static String errors(SimulatedToolCalls.Outcome outcome) {
		return outcome.decision().errors().isEmpty() ? "" : " (" + String.join("; ", outcome.decision().errors()) + ")";
	}

}
