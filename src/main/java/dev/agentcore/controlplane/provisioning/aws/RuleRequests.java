package dev.agentcore.controlplane.provisioning.aws;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.agentcore.controlplane.gatewayrule.RuleSpec;

/**
 * A rule's spec as the members of CreateGatewayRule and UpdateGatewayRule (conditions and actions as the model's
 * unions), and back from GetGatewayRule's answer; the members compared for drift are those the spec owns.
 */
final class RuleRequests {

	static final List<String> OWNED = List.of("priority", "description", "conditions", "actions");

	private RuleRequests() {
	}

	static ObjectNode members(RuleSpec spec) {
		ObjectNode members = MemberShim.JSON.createObjectNode().put("priority", spec.priority());
		if (spec.description() != null) {
			members.put("description", spec.description());
		}
		RuleSpec.Conditions conditions = spec.conditions();
		if (conditions != null) {
			ArrayNode list = members.putArray("conditions");
			if (conditions.principals() != null) {
				ArrayNode anyOf = list.addObject().putObject("matchPrincipals").putArray("anyOf");
				conditions.principals().forEach(principal -> anyOf.addObject().putObject("iamPrincipal")
					.put("arn", principal.arn())
					.put("operator", principal.operator() == null ? "StringEquals" : principal.operator()));
			}
			if (conditions.paths() != null) {
				ArrayNode anyOf = list.addObject().putObject("matchPaths").putArray("anyOf");
				conditions.paths().forEach(anyOf::add);
			}
		}
		ArrayNode actions = members.putArray("actions");
		if (spec.route() != null && spec.route().target() != null) {
			actions.addObject().putObject("routeToTarget").putObject("staticRoute").put("targetName", spec.route().target());
		}
		if (spec.route() != null && spec.route().split() != null) {
			ArrayNode split = actions.addObject().putObject("routeToTarget").putObject("weightedRoute").putArray("trafficSplit");
			for (int i = 0; i < spec.route().split().size(); i++) {
				RuleSpec.Split entry = spec.route().split().get(i);
				split.addObject().put("name", "variant-" + (i + 1)).put("weight", entry.weight()).put("targetName", entry.target());
			}
		}
		if (spec.configurationBundle() != null) {
			actions.addObject().putObject("configurationBundle").putObject("staticOverride")
				.put("bundleArn", spec.configurationBundle().arn())
				.put("bundleVersion", spec.configurationBundle().version());
		}
		return members;
	}

	/** The owned members of {@code rule} (an answer) that differ from {@code desired}'s. */
	static List<String> differences(JsonNode rule, RuleSpec desired) {
		ObjectNode wanted = members(desired);
		List<String> differ = new ArrayList<>();
		for (String member : OWNED) {
			if (!wanted.path(member).equals(rule.path(member))) {
				differ.add(member);
			}
		}
		return differ;
	}

	/** A rule AWS holds, as our API declares it (for imports); a weighted bundle override is not declarable. */
	static RuleSpec spec(JsonNode rule) {
		List<RuleSpec.Principal> principals = null;
		List<String> paths = null;
		for (JsonNode condition : rule.path("conditions")) {
			if (condition.has("matchPrincipals")) {
				principals = new ArrayList<>();
				for (JsonNode entry : condition.path("matchPrincipals").path("anyOf")) {
					JsonNode principal = entry.path("iamPrincipal");
					principals.add(new RuleSpec.Principal(principal.path("arn").asString(),
							principal.path("operator").asString("StringEquals")));
				}
			}
			if (condition.has("matchPaths")) {
				paths = new ArrayList<>();
				for (JsonNode path : condition.path("matchPaths").path("anyOf")) {
					paths.add(path.asString());
				}
			}
		}
		RuleSpec.Route route = null;
		RuleSpec.Bundle bundle = null;
		for (JsonNode action : rule.path("actions")) {
			JsonNode target = action.path("routeToTarget");
			if (target.has("staticRoute")) {
				route = new RuleSpec.Route(target.path("staticRoute").path("targetName").asString(), null);
			}
			if (target.has("weightedRoute")) {
				List<RuleSpec.Split> split = new ArrayList<>();
				target.path("weightedRoute").path("trafficSplit")
					.forEach(entry -> split.add(new RuleSpec.Split(entry.path("targetName").asString(), entry.path("weight").asInt())));
				route = new RuleSpec.Route(null, split);
			}
			JsonNode override = action.path("configurationBundle").path("staticOverride");
			if (!override.isMissingNode()) {
				bundle = new RuleSpec.Bundle(override.path("bundleArn").asString(), override.path("bundleVersion").asString());
			}
		}
		return new RuleSpec(rule.path("priority").asInt(), rule.path("description").asString(null),
				principals == null && paths == null ? null : new RuleSpec.Conditions(principals, paths), route, bundle);
	}

}
