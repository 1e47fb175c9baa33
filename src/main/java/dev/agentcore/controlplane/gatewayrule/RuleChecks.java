package dev.agentcore.controlplane.gatewayrule;

import java.util.Collection;
import java.util.List;

import dev.agentcore.controlplane.web.Violations;

/**
 * What a rule must hold across its members, besides each member's model constraints: a route is one target or a
 * split, a rule routes or applies a bundle (or both), conditions name something, and a split is two entries whose
 * weights add up to 100 (the model fixes two entries of 1 to 99; the weights are percentages of the calls).
 */
final class RuleChecks {

	private RuleChecks() {
	}

	static Violations.Collector check(RuleSpec spec, Violations.Collector found) {
		if (spec.route() == null && spec.configurationBundle() == null) {
			found.add("route", "a rule needs a route, a configurationBundle or both");
		}
		if (spec.conditions() != null && spec.conditions().principals() == null && spec.conditions().paths() == null) {
			found.add("conditions", "name principals, paths or both; leave conditions out for a catch-all rule");
		}
		RuleSpec.Route route = spec.route();
		if (route != null && (route.target() == null) == (route.split() == null)) {
			found.add("route", "give either target (one target) or split (two weighted targets)");
		}
		if (route != null && route.split() != null && !found.has("route.split")) {
			List<RuleSpec.Split> split = route.split();
			if (split.size() != 2) {
				found.add("route.split", "must have exactly 2 entries (AgentCore splits between two targets)");
			}
			else if (split.get(0).weight() + split.get(1).weight() != 100) {
				found.add("route.split", "the weights are percentages of the calls and must add up to 100 (they add up to "
						+ (split.get(0).weight() + split.get(1).weight()) + ")");
			}
			else if (split.get(0).target().equals(split.get(1).target())) {
				found.add("route.split", "must name two different targets");
			}
		}
		return found;
	}

	/** The names among {@code named} that are not in {@code existing}, for RULE_TARGET_UNKNOWN. */
	static List<String> unknown(List<String> named, Collection<String> existing) {
		return named.stream().filter(name -> !existing.contains(name)).distinct().toList();
	}

}
