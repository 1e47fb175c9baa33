package dev.agentcore.controlplane.cedar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One tool call decided with Cedar the way AgentCore's gateway decides it: the principal from a token's
 * claims (an {@code OAuthUser} whose tags are the claims as strings) or an IAM ARN (an {@code IamEntity}),
 * the tool's action, the gateway by ARN, the arguments as {@code context.input}, against statements.
 * The control plane's what-if checks and the simulated data plane both decide with it.
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

	/** An argument that does not fit the tool's input schema (or Cedar). */
	public record InputError(String field, String message) {
	}

	/**
	 * Everything about one evaluation, for explaining it.
	 *
	 * @param allowed Cedar's decision (false when the input did not fit)
	 * @param determiningPolicies the ids of the statements that decided
	 * @param policyErrors statements Cedar could not evaluate (and skipped), by id
	 * @param refusals why Cedar refused the request as a whole
	 * @param inputErrors arguments that do not fit the tool; when any, nothing was evaluated
	 * @param notes what was left out or assumed
	 * @param principal the principal entity, e.g. AgentCore::OAuthUser::"agent-7"
	 * @param tags the principal's tags as strings
	 * @param input the arguments that reached context.input
	 */
	public record Evaluation(boolean allowed, Set<String> determiningPolicies, Map<String, String> policyErrors,
			List<String> refusals, List<InputError> inputErrors, List<String> notes, String principal,
			Map<String, String> tags, Map<String, Object> input) {
	}

	/**
	 * Evaluates statements the control plane stores (kept parsed for the next call); a statement over
	 * {@link StatementLimits} is not evaluated but reported in {@code policyErrors}.
	 *
	 * @param claims the caller's token claims (with {@code sub}); null for an IAM caller
	 * @param iamArn the IAM caller's ARN; null for a token
	 * @param statements the statements by id
	 */
	public static Evaluation evaluate(CedarSchema schema, Map<String, Object> claims, String iamArn, String tool,
			String gatewayArn, Map<String, Object> input, Map<String, String> statements) {
		return evaluate(schema, claims, iamArn, tool, gatewayArn, input, statements, true);
	}

	/** Evaluates statements proposed for this call only (a what-if): parsed for it and dropped, never kept. */
	public static Evaluation evaluateProposed(CedarSchema schema, Map<String, Object> claims, String iamArn, String tool,
			String gatewayArn, Map<String, Object> input, Map<String, String> statements) {
		return evaluate(schema, claims, iamArn, tool, gatewayArn, input, statements, false);
	}

	private static Evaluation evaluate(CedarSchema schema, Map<String, Object> claims, String iamArn, String tool,
			String gatewayArn, Map<String, Object> input, Map<String, String> statements, boolean retain) {
		CallerEntity caller = claims != null ? CallerEntity.oauthUser(claims) : CallerEntity.iamEntity(iamArn);
		ToolSignature signature = schema.tools().get(tool);
		ToolInput arguments = ToolInput.of(signature == null ? null : signature.inputSchema(), input);
		List<String> notes = new ArrayList<>(arguments.notes());
		if (signature == null) {
			notes.add(tool + " belongs to a target whose tools only AgentCore knows: its input was typed by the JSON "
					+ "values, without the tool's schema.");
		}
		String principal = caller.entity().getEUID().toString();
		Map<String, Object> shown = ToolInput.shown(input, arguments.record());
		if (!arguments.errors().isEmpty()) {
			return new Evaluation(false, Set.of(), Map.of(), List.of(), arguments.errors(), notes, principal, caller.tags(),
					shown);
		}
		Map<String, String> evaluable = new LinkedHashMap<>();
		Map<String, String> tooComplex = new LinkedHashMap<>();
		statements.forEach((id, text) -> StatementLimits.exceeded(text)
			.ifPresentOrElse(reason -> tooComplex.put(id, reason + " It was not evaluated."), () -> evaluable.put(id, text)));
		CedarEvaluation.Outcome outcome = CedarThreads.call(() -> CedarEvaluation.evaluate(signature == null ? null : schema,
				caller.entity(), tool, gatewayArn, arguments.record(), evaluable, retain));
		Map<String, String> policyErrors = new LinkedHashMap<>(outcome.errors());
		policyErrors.putAll(tooComplex);
		return new Evaluation(outcome.allowed(), outcome.reasons(), policyErrors, outcome.refusals(), List.of(), notes,
				principal, caller.tags(), shown);
	}

	/** The decision alone, as a gateway acts on it. */
	public static Decision decide(CedarSchema schema, Map<String, Object> claims, String iamArn, String tool,
			String gatewayArn, Map<String, Object> input, Map<String, String> statements) {
		Evaluation evaluation = evaluate(schema, claims, iamArn, tool, gatewayArn, input, statements);
		List<String> errors = new ArrayList<>(evaluation.refusals());
		evaluation.inputErrors().forEach(error -> errors.add(error.field() + " " + error.message()));
		evaluation.policyErrors().forEach((id, message) -> errors.add(id + ": " + message));
		return new Decision(evaluation.allowed(), evaluation.determiningPolicies(), errors);
	}

}
