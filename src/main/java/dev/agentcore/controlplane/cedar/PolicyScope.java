package dev.agentcore.controlplane.cedar;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The head of a Cedar statement, read from Cedar's JSON form of it: the effect, which tools it names,
 * and how it constrains the resource. AgentCore's scope rules are checked here: the resource is never
 * left unconstrained, a statement naming tools names one gateway ({@code resource ==}), and a statement
 * for every action tests the type ({@code resource is AgentCore::Gateway}).
 *
 * @param permit whether the effect is permit
 * @param principalOp Cedar's operator on the principal: All, ==, is, or in
 * @param actionOp Cedar's operator on the action: All, ==, or in
 * @param namedActions the tool actions the scope names (groups like CallTool excluded)
 * @param namesGroup whether the scope names an action group (CallTool, Mcp)
 * @param resourceOp Cedar's operator on the resource: All, ==, is, or in
 * @param resourceId the gateway ARN of {@code resource ==}, else null
 * @param conditional whether it has when/unless conditions
 */
record PolicyScope(boolean permit, String principalOp, String actionOp, List<String> namedActions, boolean namesGroup,
		String resourceOp, String resourceId, boolean conditional) {

	/**
	 * Cedar's JSON form nests two levels per operator ({@code {"&&": {"left": ...}}}): the default limit of 500
	 * refused a chain of 300 terms, so the limit follows what StatementLimits lets through.
	 */
	private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
		.streamReadConstraints(StreamReadConstraints.builder()
			.maxNestingDepth(4 * (StatementLimits.MAX_OPERATORS + StatementLimits.MAX_NESTING) + 64)
			.build())
		.build()).build();

	static PolicyScope of(String policyJson) {
		JsonNode policy = JSON.readTree(policyJson);
		JsonNode action = policy.path("action");
		List<String> named = new ArrayList<>();
		boolean group = false;
		List<JsonNode> entities = new ArrayList<>();
		if (action.has("entity")) {
			entities.add(action.get("entity"));
		}
		action.path("entities").forEach(entities::add);
		for (JsonNode entity : entities) {
			String id = entity.path("id").asString();
			if (CedarSchema.GROUPS.contains(id)) {
				group = true;
			}
			else {
				named.add(id);
			}
		}
		JsonNode resource = policy.path("resource");
		String resourceId = resource.has("entity") ? resource.path("entity").path("id").asString() : null;
		return new PolicyScope("permit".equals(policy.path("effect").asString()),
				policy.path("principal").path("op").asString(), action.path("op").asString(),
				List.copyOf(named), group, resource.path("op").asString(), resourceId, !policy.path("conditions").isEmpty());
	}

	/**
	 * AgentCore's requirements on the scope, with where to look in {@code source}; {@code iamOnly} when
	 * every gateway of the engine authorizes with AWS_IAM, whose principals cannot be constrained.
	 */
	List<PolicyIssue> issues(String source, boolean iamOnly) {
		if (iamOnly && !"All".equals(principalOp)) {
			return List.of(SourcePositions.atChar(source, Math.max(0, source.indexOf("principal")), "The engine's "
					+ "gateways authorize with AWS_IAM, and AgentCore supports no constraint on IAM principals in the scope: "
					+ "write a bare 'principal' and test 'principal.id' in a condition instead."));
		}
		int resource = Math.max(0, source.indexOf("resource"));
		if ("All".equals(resourceOp)) {
			return List.of(SourcePositions.atChar(source, resource, "A wildcard resource was detected: AgentCore refuses "
					+ "statements whose resource is unconstrained. Write 'resource == AgentCore::Gateway::\"<gateway ARN>\"' "
					+ "when the statement names tools, or 'resource is AgentCore::Gateway' when it covers every action."));
		}
		if (!namedActions.isEmpty() && !"==".equals(resourceOp)) {
			return List.of(SourcePositions.atChar(source, resource, "The statement names specific tools, so its resource "
					+ "must be one gateway: 'resource == AgentCore::Gateway::\"<gateway ARN>\"'."));
		}
		if ("All".equals(actionOp) && !"is".equals(resourceOp)) {
			return List.of(SourcePositions.atChar(source, resource, "The statement covers every action, so its resource "
					+ "must be a type test: 'resource is AgentCore::Gateway'."));
		}
		return List.of();
	}

	/**
	 * What AgentCore's automated reasoning finds in a statement on its own (FAIL_ON_ANY_FINDINGS refuses
	 * it): a permit or forbid of every principal and every action without a condition.
	 */
	List<String> findings() {
		if (!"All".equals(principalOp) || !"All".equals(actionOp) || conditional) {
			return List.of();
		}
		return List.of(permit ? "Overly permissive: the policy allows every principal every action on the resource."
				: "Overly restrictive: the policy denies every principal every action on the resource.");
	}

	/**
	 * Whether, as a permit, it can apply to some tool of the gateway with {@code gatewayArn} (null while it is
	 * not in AWS) that {@code tool} recognizes (conditions aside: they depend on the caller and the input).
	 */
	boolean mayPermitAnyOf(java.util.function.Predicate<String> tool, String gatewayArn) {
		if (!permit) {
			return false;
		}
		boolean resourceMatches = !"==".equals(resourceOp) || resourceId.equals(gatewayArn);
		boolean actionMatches = "All".equals(actionOp) || namesGroup || namedActions.stream().anyMatch(tool);
		return resourceMatches && actionMatches;
	}

}
