package dev.agentcore.controlplane.gatewayrule;

import java.util.List;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import dev.agentcore.controlplane.servicemodel.ModelMember;

/**
 * A gateway rule as a team declares it (POST, PUT as a full replacement) and as it is stored. The model's
 * constraints are checked member by member ({@link ModelMember}); what spans members, in {@link RuleChecks}.
 *
 * @param priority unique in the gateway, 1 to 1,000,000; lower first
 * @param description what the rule is for, 1 to 256 characters
 * @param conditions whom and which paths it matches; none: the gateway's catch-all
 * @param route the target (or the weighted split of two) that serves what it matches
 * @param configurationBundle the configuration bundle version applied to what it matches
 */
@Schema(example = """
		{"priority": 100, "description": "10% of calls to orders-v2",
		 "conditions": {"principals": [{"arn": "arn:aws:iam::123456789012:role/agents-*", "operator": "StringLike"}],
		                "paths": ["/orders/*"]},
		 "route": {"split": [{"target": "orders-v1", "weight": 90}, {"target": "orders-v2", "weight": 10}]}}""")
public record RuleSpec(@NotNull @ModelMember("CreateGatewayRuleRequest.priority") Integer priority,
		@ModelMember("CreateGatewayRuleRequest.description") String description, @Valid Conditions conditions,
		@Valid Route route, @Valid Bundle configurationBundle) {

	/** The gateway targets this rule names, in order. */
	public List<String> targets() {
		if (route == null) {
			return List.of();
		}
		return route.split() == null ? Stream.ofNullable(route.target()).toList()
				: route.split().stream().map(Split::target).toList();
	}

	/**
	 * @param principals IAM principals, any of which matches (1 to 100)
	 * @param paths request path patterns such as {@code /orders/*}, any of which matches (1 to 10)
	 */
	public record Conditions(
			@ModelMember("MatchPrincipals.anyOf") List<@NotNull @Valid Principal> principals,
			@ModelMember("MatchPaths.anyOf") List<@NotNull @ModelMember(value = "MatchPathPatterns.member", hint = "/<segment>/*") String> paths) {
	}

	/**
	 * @param arn an IAM user, role or assumed-role ARN; with StringLike, {@code *} and {@code ?} are wildcards
	 * @param operator StringEquals (default) or StringLike
	 */
	@Schema(name = "RulePrincipal")
	public record Principal(@NotNull @ModelMember("IamPrincipal.arn") String arn,
			@ModelMember("IamPrincipal.operator") String operator) {
	}

	/**
	 * @param target the one target that serves the calls (a target name of this gateway)
	 * @param split exactly two targets of this gateway with weights 1 to 99 that add up to 100
	 */
	public record Route(@ModelMember("StaticRoute.targetName") String target,
			@ModelMember("WeightedRoute.trafficSplit") List<@NotNull @Valid Split> split) {
	}

	/** @param weight the percentage of matching calls the target serves */
	public record Split(@NotNull @ModelMember("TargetTrafficSplitEntry.targetName") String target,
			@NotNull @ModelMember("TargetTrafficSplitEntry.weight") Integer weight) {
	}

	/** @param version the bundle version's id */
	public record Bundle(@NotNull @ModelMember("StaticOverride.bundleArn") String arn,
			@NotNull @ModelMember("StaticOverride.bundleVersion") String version) {
	}

}
