package dev.agentcore.controlplane.provisioning.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The members of an AgentCore answer that an import cannot carry: every leaf under the given
 * roots whose path matches none of the known patterns. Patterns are slash paths where {@code *}
 * stands for any array index or member name and a trailing {@code **} for a whole subtree (schemas,
 * maps of the spec's own).
 */
final class KnownMembers {

	private KnownMembers() {
	}

	static List<String> unknown(JsonNode answer, List<String> roots, Set<String> known) {
		List<String> unknown = new ArrayList<>();
		for (String root : roots) {
			walk(answer.path(root), root, known, unknown);
		}
		return unknown;
	}

	private static void walk(JsonNode node, String path, Set<String> known, List<String> unknown) {
		if (node.isMissingNode() || node.isNull() || known.stream().anyMatch(pattern -> covers(pattern, path))) {
			return;
		}
		if (node.isObject() && !node.isEmpty()) {
			node.properties().forEach(member -> walk(member.getValue(), path + "/" + member.getKey(), known, unknown));
		}
		else if (node.isArray() && !node.isEmpty()) {
			for (int i = 0; i < node.size(); i++) {
				walk(node.get(i), path + "/" + i, known, unknown);
			}
		}
		else if (!node.isContainer()) {
			unknown.add(path.replace('/', '.'));
		}
	}

	/** Whether a pattern names the path itself, or a subtree that holds it. */
	private static boolean covers(String pattern, String path) {
		String[] wanted = pattern.split("/");
		String[] actual = path.split("/");
		boolean subtree = wanted[wanted.length - 1].equals("**");
		int length = subtree ? wanted.length - 1 : wanted.length;
		if (subtree ? actual.length < length : actual.length != length) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			if (!wanted[i].equals("*") && !wanted[i].equals(actual[i])) {
				return false;
			}
		}
		return true;
	}

}
