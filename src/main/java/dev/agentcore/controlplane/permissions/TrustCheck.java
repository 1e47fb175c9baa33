package dev.agentcore.controlplane.permissions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whether a role's trust policy lets AgentCore assume it for one gateway: a statement allowing
 * {@code sts:AssumeRole} to the service principal {@value PermissionPlanner#SERVICE} whose
 * conditions on {@code aws:SourceAccount} and {@code aws:SourceArn} hold for that gateway, and no
 * statement denying it. IAM's policy simulator does not evaluate trust policies for service
 * principals, so the preflight reads the policy itself. Conditions on other keys cannot be told
 * from here: they count as holding, and a note says so.
 *
 * @param admits whether AgentCore may assume the role for the gateway
 * @param notes what could not be checked
 */
public record TrustCheck(boolean admits, List<String> notes) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * @param trustPolicy the role's trust policy, JSON
	 * @param account the gateway's account
	 * @param sourceArn the gateway's ARN (or one it will have)
	 */
	public static TrustCheck of(String trustPolicy, String account, String sourceArn) {
		JsonNode document;
		try {
			document = JSON.readTree(trustPolicy);
		}
		catch (JacksonException ex) {
			return new TrustCheck(false, List.of("The trust policy is not JSON."));
		}
		Map<String, String> context = Map.of("aws:sourceaccount", account, "aws:sourcearn", sourceArn);
		List<String> notes = new ArrayList<>();
		boolean allowed = false;
		JsonNode statements = document.path("Statement");
		for (JsonNode statement : statements.isArray() ? statements.values() : List.of(statements)) {
			if (!namesAgentCore(statement.get("Principal")) || !assumes(statement.get("Action"))
					|| !conditionsHold(statement.get("Condition"), context, notes)) {
				continue;
			}
			if ("Deny".equals(statement.path("Effect").asString())) {
				return new TrustCheck(false, notes);
			}
			allowed |= "Allow".equals(statement.path("Effect").asString());
		}
		return new TrustCheck(allowed, notes);
	}

	private static boolean namesAgentCore(JsonNode principal) {
		if (principal == null) {
			return false;
		}
		if (principal.isString()) {
			return "*".equals(principal.asString());
		}
		return strings(principal.get("Service")).contains(PermissionPlanner.SERVICE)
				|| strings(principal.get("AWS")).contains("*");
	}

	private static boolean assumes(JsonNode actions) {
		return strings(actions).stream()
			.anyMatch(action -> wildcard(action.toLowerCase(Locale.ROOT), "sts:assumerole"));
	}

	private static boolean conditionsHold(JsonNode condition, Map<String, String> context, List<String> notes) {
		if (condition == null) {
			return true;
		}
		for (Map.Entry<String, JsonNode> operator : condition.properties()) {
			String name = operator.getKey().replace("IfExists", "");
			for (Map.Entry<String, JsonNode> key : operator.getValue().properties()) {
				String actual = context.get(key.getKey().toLowerCase(Locale.ROOT));
				List<String> wanted = strings(key.getValue());
				boolean known = actual != null && List.of("StringEquals", "StringLike", "ArnEquals", "ArnLike").contains(name);
				if (!known) {
					notes.add("The trust policy's condition " + operator.getKey() + " on " + key.getKey()
							+ " cannot be checked here; it is assumed to hold.");
					continue;
				}
				boolean like = name.endsWith("Like");
				if (wanted.stream().noneMatch(value -> like ? wildcard(value, actual) : value.equals(actual))) {
					return false;
				}
			}
		}
		return true;
	}

	private static List<String> strings(JsonNode node) {
		if (node == null || node.isNull()) {
			return List.of();
		}
		return node.isArray() ? node.valueStream().map(JsonNode::asString).toList() : List.of(node.asString());
	}

	/** IAM's wildcards: {@code *} any run of characters, {@code ?} exactly one. */
	static boolean wildcard(String pattern, String value) {
		return value.matches(java.util.regex.Pattern.quote(pattern).replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q"));
	}

}
