package dev.agentcore.controlplane.policy;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import dev.agentcore.controlplane.web.Problems;

/** Every problem the policy module answers with, each with the code the API documents. */
public final class PolicyProblems {

	private PolicyProblems() {
	}

	/**
	 * One thing wrong with a statement.
	 *
	 * @param field which statement: {@code statement}, or {@code policies[i]} of a what-if check
	 * @param line 1-based line in that statement
	 * @param column 1-based column in that line
	 * @param message what is wrong
	 */
	public record StatementError(String field, int line, int column, String message) {
	}

	static ErrorResponseException engineMemberCreateOnly(String member) {
		return Problems.conflict("POLICY_ENGINE_MEMBER_CREATE_ONLY", "'" + member + "' of a policy engine is given to AgentCore "
				+ "when it creates the engine (CreatePolicyEngine) and cannot change here afterwards. Keep the value the engine "
				+ "was declared with, or create a new engine with the new " + member + " and attach it instead.");
	}

	static ErrorResponseException engineDeleting() {
		return PolicyEngine.KIND.deleting();
	}

	static ErrorResponseException engineHasPolicies(long count) {
		ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, "POLICY_ENGINE_HAS_POLICIES", "The policy engine has "
				+ count + " policies, and AgentCore cannot delete an engine with policies. Delete them first, or send "
				+ "?cascade=true to delete the policies and then the engine.");
		problem.setProperty("policyCount", count);
		return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
	}

	/**
	 * 409 POLICY_ENGINE_IN_USE: {@code gateways} the caller may see, and how many others (of other teams, attached by
	 * ARN before such attachments were refused) an admin has to detach.
	 */
	static ErrorResponseException engineInUse(List<UUID> gateways, int othersHidden) {
		String others = othersHidden == 0 ? "" : (gateways.isEmpty() ? "" : " and ") + othersHidden
				+ " gateway(s) of other teams (an admin can detach those)";
		String shown = gateways.isEmpty() ? "" : "gateway(s) " + gateways;
		ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, "POLICY_ENGINE_IN_USE", "The policy engine is "
				+ "attached to " + shown + others + ". Detach it from them (PUT each gateway without 'policyEngine') first.");
		problem.setProperty("gatewayIds", gateways);
		return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
	}

	static ErrorResponseException policyLimitReached(int limit) {
		return Problems.conflict("POLICY_LIMIT_REACHED", "The policy engine already has " + limit
				+ " policies, AgentCore's limit per engine. Delete one, or use another engine.");
	}

	/** 400 POLICY_INVALID: every statement error, with its line and column. */
	static ErrorResponseException invalid(List<StatementError> errors) {
		ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "POLICY_INVALID", errors.size() == 1
				? "The Cedar statement is invalid: " + errors.getFirst().message()
				: "The Cedar statements have " + errors.size() + " errors; see errors.");
		problem.setProperty("errors", errors);
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
	}

	/** 400 POLICY_TOO_COMPLEX: statements nested too deep or too large for Cedar, refused before Cedar sees them. */
	static ErrorResponseException tooComplex(List<Problems.FieldError> errors) {
		ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "POLICY_TOO_COMPLEX", errors.size() == 1
				? errors.getFirst().field() + ": " + errors.getFirst().message()
				: errors.size() + " statements are too complex; see errors.");
		problem.setProperty("errors", errors);
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
	}

	static ErrorResponseException unknownTool(String tool, String tools) {
		ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "UNKNOWN_TOOL", "The gateway has no tool '" + tool
				+ "'. Its tools are: " + tools + ".");
		problem.setProperty("errors", List.of(new Problems.FieldError("tool", "names no tool of the gateway; its tools are: "
				+ tools)));
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
	}

	static ErrorResponseException noPolicyEngine() {
		return Problems.conflict("NO_POLICY_ENGINE", "The gateway has no policy engine, so AgentCore authorizes no tool call with "
				+ "Cedar. Attach one (policyEngine on the gateway), or send 'policies' to try statements against its tools.");
	}

	/** 409 ENFORCE_WOULD_DENY_ALL: Cedar denies by default, and nothing would be permitted. */
	public static ErrorResponseException enforceWouldDenyAll(String engine, int policies, List<String> tools) {
		ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, "ENFORCE_WOULD_DENY_ALL", "In ENFORCE mode Cedar "
				+ "denies every call no policy permits, and none of the " + policies + " policies of engine " + engine
				+ " permits any tool of this gateway (" + String.join(", ", tools) + "): every tool call would be refused. "
				+ "Add a permit policy first, use LOG_ONLY, or send ?acknowledgeDenyAll=true to switch anyway.");
		problem.setProperty("tools", tools);
		return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
	}

}
