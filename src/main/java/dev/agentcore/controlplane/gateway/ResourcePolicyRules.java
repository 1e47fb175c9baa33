package dev.agentcore.controlplane.gateway;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.agentcore.controlplane.web.Violations;

/**
 * What a gateway's {@code resourcePolicy} must be before it is stored: an IAM policy document (a JSON object, or
 * a string holding one) of at most {@value #MAX_CHARACTERS} characters as sent (AgentCore's
 * {@code ResourcePolicyBody}), {@code Version} 2012-10-17, and statements with an Effect, a Principal, an Action
 * and a {@code Resource} that is this gateway: its ARN (or a pattern that matches it), or {@code *}; before AWS
 * has made the gateway, an ARN whose gateway id starts with the gateway's lowercased name and a hyphen (AgentCore's
 * ids are {@code <lowercased name>-<10 characters>}).
 */
public final class ResourcePolicyRules {

	public static final int MAX_CHARACTERS = 20_480;

	static final String FIELD = GatewayMembers.RESOURCE_POLICY;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern GATEWAY_ARN = Pattern
		.compile("arn:aws(-[a-z]+)*:bedrock-agentcore:[a-z0-9*?-]+:([0-9]{12}|[*?]+):gateway/(?<id>[A-Za-z0-9*?-]+)");

	private ResourcePolicyRules() {
	}

	/** The policy document a request's member declares: a string is parsed; null stays null. */
	static JsonNode document(JsonNode declared) {
		if (declared == null || declared.isNull() || declared.isMissingNode()) {
			return null;
		}
		if (declared.isString()) {
			try {
				return JSON.readTree(declared.asString());
			}
			catch (JacksonException ex) {
				return declared;
			}
		}
		return declared;
	}

	/** The document as PutResourcePolicy sends it. */
	public static String text(JsonNode document) {
		return JSON.writeValueAsString(document);
	}

	/**
	 * Every rule; {@code gatewayArn} null while AWS has not made the gateway.
	 *
	 * @param declared the request's member, as sent (an object, or a string)
	 */
	static void check(JsonNode declared, String gatewayName, String gatewayArn, Violations.Collector violations) {
		if (declared == null || declared.isNull()) {
			return;
		}
		if (declared.isString() && !document(declared).isObject()) {
			violations.add(FIELD, "is not a parseable JSON policy document; send an IAM policy document as a JSON object "
					+ "(or a string holding one)");
			return;
		}
		JsonNode document = document(declared);
		if (!document.isObject()) {
			violations.add(FIELD, "must be an IAM policy document: a JSON object with Version and Statement");
			return;
		}
		int length = text(document).length();
		if (length > MAX_CHARACTERS) {
			violations.add(FIELD, "is " + length + " characters as sent; AgentCore takes at most " + MAX_CHARACTERS
					+ ": fewer or shorter statements");
		}
		if (!"2012-10-17".equals(document.path("Version").asString(null))) {
			violations.add(FIELD + ".Version", "must be \"2012-10-17\", the IAM policy language version");
		}
		JsonNode statements = document.path("Statement");
		List<JsonNode> list = statements.isArray() ? List.copyOf(statements.values())
				: statements.isObject() ? List.of(statements) : List.of();
		if (list.isEmpty()) {
			violations.add(FIELD + ".Statement", "must be a statement object or a non-empty array of them");
		}
		for (int i = 0; i < list.size(); i++) {
			String at = FIELD + ".Statement" + (statements.isArray() ? "[" + i + "]" : "");
			statement(list.get(i), at, gatewayName, gatewayArn, violations);
		}
	}

	/** Whether an Allow statement names any principal at all ({@code "*"}, or {@code {"AWS": "*"}}). */
	public static boolean grantsAnyone(JsonNode document) {
		if (document == null || !document.isObject()) {
			return false;
		}
		JsonNode statements = document.path("Statement");
		for (JsonNode statement : statements.isArray() ? statements.values() : List.of(statements)) {
			if ("Allow".equals(statement.path("Effect").asString(null)) && anyone(statement.get("Principal"))) {
				return true;
			}
		}
		return false;
	}

	private static boolean anyone(JsonNode principal) {
		if (principal == null) {
			return false;
		}
		if (principal.isString()) {
			return "*".equals(principal.asString());
		}
		return strings(principal.get("AWS")).contains("*");
	}

	private static void statement(JsonNode statement, String at, String gatewayName, String gatewayArn,
			Violations.Collector violations) {
		if (!statement.isObject()) {
			violations.add(at, "must be a statement object with Effect, Principal, Action and Resource");
			return;
		}
		String effect = statement.path("Effect").asString(null);
		if (!"Allow".equals(effect) && !"Deny".equals(effect)) {
			violations.add(at + ".Effect", "must be \"Allow\" or \"Deny\"");
		}
		principal(statement, at, violations);
		if (statement.has("Action") == statement.has("NotAction")
				|| nonEmptyStrings(statement.has("Action") ? statement.get("Action") : statement.get("NotAction")) == null) {
			violations.add(at + ".Action", "must name the actions (e.g. \"bedrock-agentcore:InvokeGateway\"): a string or a "
					+ "non-empty array of strings, in Action or NotAction (not both)");
		}
		if (statement.has("NotResource")) {
			violations.add(at + ".NotResource", "is not accepted: name this gateway in Resource");
		}
		List<String> resources = nonEmptyStrings(statement.get("Resource"));
		if (resources == null) {
			violations.add(at + ".Resource", "must be this gateway's ARN or \"*\" (a string or a non-empty array of strings)");
			return;
		}
		for (String resource : resources) {
			String refused = resource(resource, gatewayName, gatewayArn);
			if (refused != null) {
				violations.add(at + ".Resource", refused);
			}
		}
	}

	private static void principal(JsonNode statement, String at, Violations.Collector violations) {
		if (statement.has("NotPrincipal")) {
			violations.add(at + ".NotPrincipal", "is not accepted: name the principals in Principal");
			return;
		}
		JsonNode principal = statement.get("Principal");
		boolean valid = principal != null && (principal.isString() ? "*".equals(principal.asString())
				: principal.isObject() && !principal.isEmpty() && principal.properties().stream()
					.allMatch(entry -> nonEmptyStrings(entry.getValue()) != null));
		if (!valid) {
			violations.add(at + ".Principal", "must be \"*\" or an object such as {\"AWS\": [\"<account id or role ARN>\"]} "
					+ "whose values are strings or non-empty arrays of strings");
		}
	}

	/** Null when {@code resource} names this gateway; otherwise why not. */
	static String resource(String resource, String gatewayName, String gatewayArn) {
		if ("*".equals(resource)) {
			return null;
		}
		String prefix = gatewayName == null ? null : gatewayName.toLowerCase(Locale.ROOT) + "-";
		java.util.regex.Matcher arn = GATEWAY_ARN.matcher(resource);
		boolean named = arn.matches() && prefix != null && arn.group("id").startsWith(prefix);
		if (gatewayArn == null) {
			return named ? null : resource + " is not this gateway: use \"*\" or arn:aws:bedrock-agentcore:<region>:"
					+ "<account>:gateway/" + prefix + "* (AWS has not made the gateway yet, so its ARN is not known)";
		}
		return named && wildcard(resource).matcher(gatewayArn).matches() ? null
				: resource + " is not this gateway: use its ARN, " + gatewayArn + ", or \"*\"";
	}

	/** IAM's wildcards: {@code *} any run of characters, {@code ?} any one. */
	private static Pattern wildcard(String pattern) {
		StringBuilder regex = new StringBuilder();
		for (String part : pattern.split("(?=[*?])|(?<=[*?])")) {
			regex.append(switch (part) {
				case "*" -> ".*";
				case "?" -> ".";
				default -> Pattern.quote(part);
			});
		}
		return Pattern.compile(regex.toString());
	}

	/** The strings of a string or a non-empty array of strings; null for anything else. */
	private static List<String> nonEmptyStrings(JsonNode node) {
		if (node == null) {
			return null;
		}
		if (node.isString()) {
			return List.of(node.asString());
		}
		if (!node.isArray() || node.isEmpty() || !node.valueStream().allMatch(JsonNode::isString)) {
			return null;
		}
		return node.valueStream().map(JsonNode::asString).toList();
	}

	private static List<String> strings(JsonNode node) {
		List<String> strings = nonEmptyStrings(node);
		return strings == null ? List.of() : strings;
	}

	/** The warning a spec earns when its resource policy newly lets any principal invoke gateway {@code name}. */
	static java.util.Optional<String> openWarning(GatewaySpec previous, GatewaySpec spec, String name) {
		boolean open = grantsAnyone(spec.resourcePolicy());
		boolean changed = previous == null || !java.util.Objects.equals(previous.resourcePolicy(), spec.resourcePolicy());
		return open && changed ? java.util.Optional.of("The resource policy allows any principal (\"*\") to invoke gateway "
				+ name + ": any AWS account may call it unless a Condition narrows the statement.") : java.util.Optional.empty();
	}

	/** Once AWS made the gateway, the resource policy's Resource must match its ARN, not only its name. */
	static void namesThisGateway(Gateway gateway, GatewaySpec spec) {
		if (spec.resourcePolicy() != null && gateway.aws().gatewayArn() != null) {
			Violations.Collector found = new Violations.Collector();
			check(spec.resourcePolicy(), gateway.name(), gateway.aws().gatewayArn(), found);
			found.throwIfAny();
		}
	}

}
