package dev.agentcore.controlplane.cedar;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.cedarpolicy.BasicAuthorizationEngine;
import com.cedarpolicy.model.AuthorizationRequest;
import com.cedarpolicy.model.AuthorizationResponse;
import com.cedarpolicy.model.AuthorizationResponse.SuccessOrFailure;
import com.cedarpolicy.model.AuthorizationSuccessResponse;
import com.cedarpolicy.model.entity.Entity;
import com.cedarpolicy.model.exception.AuthException;
import com.cedarpolicy.model.exception.CacheException;
import com.cedarpolicy.model.policy.Policy;
import com.cedarpolicy.model.policy.PolicySet;
import com.cedarpolicy.value.CedarMap;
import com.cedarpolicy.value.EntityTypeName;
import com.cedarpolicy.value.EntityUID;
import com.cedarpolicy.value.Value;

/**
 * One authorization as AgentCore's gateway asks it: principal, {@code AgentCore::Action::"<tool>"},
 * {@code AgentCore::Gateway::"<ARN>"} and {@code context.input}, against a set of statements. With the
 * tool's schema the request is validated like the gateway's; a tool only AgentCore knows is evaluated
 * without one (its action still in {@code CallTool} and {@code Mcp}).
 */
final class CedarEvaluation {

	private static final BasicAuthorizationEngine CEDAR = new BasicAuthorizationEngine();

	private static final EntityTypeName ACTION = EntityTypeName.parse(CedarSchema.ACTION).orElseThrow();

	private static final EntityTypeName GATEWAY = EntityTypeName.parse(CedarSchema.GATEWAY).orElseThrow();

	/**
	 * Bytes a statement's character holds once cached: its Java text and the native parsed copy (measured: 128
	 * sets of 2 MB of text grew the process by 1.35 GB, about 5 native bytes a character, plus 2 for the text).
	 */
	static final int BYTES_PER_CHARACTER = 8;

	/** Stored engines' statements, parsed once in the native library rather than on every check (64 MB at most). */
	static final NativeCache<Map<String, String>, PolicySet> POLICY_SETS = new NativeCache<>(128, 64L * 1024 * 1024,
			statements -> statements.entrySet()
				.stream()
				.mapToLong(entry -> (long) (entry.getKey().length() + entry.getValue().length()) * BYTES_PER_CHARACTER)
				.sum());

	private CedarEvaluation() {
	}

	/**
	 * @param allowed Cedar's decision
	 * @param reasons the ids of the determining statements
	 * @param errors statements that could not be evaluated (by id), or why the request was refused
	 */
	record Outcome(boolean allowed, Set<String> reasons, Map<String, String> errors, List<String> refusals) {
	}

	private static PolicySet parsed(Map<String, String> statements) {
		PolicySet set = uncached(statements);
		try {
			set.cache();
		}
		catch (CacheException ex) {
			// The native cache is full: the statements are sent with each call instead, which is only slower.
		}
		return set;
	}

	private static PolicySet uncached(Map<String, String> statements) {
		Set<Policy> policies = new LinkedHashSet<>();
		statements.forEach((id, text) -> policies.add(new Policy(text, id)));
		return new PolicySet(policies);
	}

	/**
	 * Statements by id, each within {@link StatementLimits} (run on a Cedar thread); {@code schema} null evaluates
	 * without request validation. {@code retain} keeps the set parsed for the next call: for stored statements
	 * only, never for ones proposed in a what-if, which anyone with read scope can vary at will.
	 */
	static Outcome evaluate(CedarSchema schema, Entity principal, String tool, String gatewayArn, CedarMap input,
			Map<String, String> statements, boolean retain) {
		PolicySet policies = retain ? POLICY_SETS.get(Map.copyOf(statements), CedarEvaluation::parsed)
				: uncached(statements);
		Set<Entity> entities = new LinkedHashSet<>();
		entities.add(principal);
		if (schema == null) {
			entities.add(new Entity(ACTION.of(tool), Set.of(ACTION.of("CallTool"))));
			entities.add(new Entity(ACTION.of("CallTool"), Set.of(ACTION.of("Mcp"))));
			entities.add(new Entity(ACTION.of("Mcp")));
		}
		EntityUID resource = GATEWAY.of(gatewayArn);
		Map<String, Value> context = Map.of("input", input);
		AuthorizationRequest request = new AuthorizationRequest(principal.getEUID(), ACTION.of(tool), resource,
				Optional.of(context), Optional.ofNullable(schema).map(CedarSchema::cedar), schema != null);
		AuthorizationResponse response;
		try {
			response = CEDAR.isAuthorized(request, policies, entities);
		}
		catch (AuthException ex) {
			throw new IllegalStateException("Cedar could not evaluate: " + ex.getMessage(), ex);
		}
		if (response.type == SuccessOrFailure.Failure) {
			List<String> refusals = new ArrayList<>();
			response.errors.orElseThrow().forEach(error -> refusals.add("Cedar refuses the request: "
					+ StatementCheck.message(error)));
			return new Outcome(false, Set.of(), Map.of(), refusals);
		}
		AuthorizationSuccessResponse success = response.success.orElseThrow();
		Map<String, String> errors = new java.util.LinkedHashMap<>();
		success.getErrors().forEach(error -> errors.put(error.getPolicyId(), StatementCheck.message(error.getError())));
		return new Outcome(success.isAllowed(), success.getReason(), errors, List.of());
	}

}
