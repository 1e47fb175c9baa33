package dev.agentcore.controlplane.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One tool call decided with Cedar the way AgentCore's gateway decides it, for code that plays the
 * gateway (the simulated data plane): the principal from a token's claims or an IAM ARN, the tool's
 * action, the gateway by ARN, the arguments as {@code context.input}, against the engine's statements.
 */
public final class ToolCallAuthorization {

	private ToolCallAuthorization() {
	}

	/**
	 * @param allowed Cedar's decision
	 * @param determiningPolicies the ids of the statements that decided
	 * @param errors arguments that do not fit the tool, statements that could not be evaluated
	 */
	public record Decision(boolean allowed, Set<String> determiningPolicies, List<String> errors) {
	}

	/**
	 * @param claims the caller's token claims (with {@code sub}); null for an IAM caller
	 * @param iamArn the IAM caller's ARN; null for a token
	 * @param statements the engine's statements by id
	 */
	public static Decision decide(CedarSchema schema, Map<String, Object> claims, String iamArn, String tool,
			String gatewayArn, Map<String, Object> input, Map<String, String> statements) {
		CallerEntity caller = claims != null ? CallerEntity.oauthUser(claims) : CallerEntity.iamEntity(iamArn);
		ToolSignature signature = schema.tools().get(tool);
		ToolInput arguments = ToolInput.of(signature == null ? null : signature.inputSchema(), input);
		if (!arguments.errors().isEmpty()) {
			return new Decision(false, Set.of(), arguments.errors().stream().map(e -> e.field() + " " + e.message()).toList());
		}
		CedarEvaluation.Outcome outcome = CedarEvaluation.evaluate(signature == null ? null : schema, caller.entity(), tool,
				gatewayArn, arguments.record(), statements);
		List<String> errors = new ArrayList<>(outcome.refusals());
		outcome.errors().forEach((id, message) -> errors.add(id + ": " + message));
		return new Decision(outcome.allowed(), outcome.reasons(), errors);
	}

}
