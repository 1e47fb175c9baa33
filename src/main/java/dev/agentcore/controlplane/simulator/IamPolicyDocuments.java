package dev.agentcore.controlplane.simulator;

import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The grammar IAM enforces on policy documents before it stores them: JSON with a known Version,
 * statements with Effect Allow or Deny, Action or NotAction, and — for identity policies —
 * Resource or NotResource and no Principal; trust policies need a Principal and stay within
 * IAM's default size of 2,048 characters (inline role policies: 10,240).
 */
final class IamPolicyDocuments {

	static final int TRUST_POLICY_LIMIT = 2048;

	static final int INLINE_POLICY_LIMIT = 10240;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> VERSIONS = Set.of("2012-10-17", "2008-10-17");

	private IamPolicyDocuments() {
	}

	/** A trust (assume-role) policy: statements need a Principal. */
	static JsonNode trust(String document) {
		if (document.length() > TRUST_POLICY_LIMIT) {
			throw IamError.limitExceeded("Cannot exceed quota for ACLSizePerRole: " + TRUST_POLICY_LIMIT);
		}
		JsonNode parsed = parse(document);
		for (JsonNode statement : IamPolicyDocuments.statementsOf(parsed)) {
			if (!statement.has("Principal")) {
				throw IamError.malformedPolicy("Has prohibited field Resource or is missing a Principal");
			}
			common(statement);
		}
		return parsed;
	}

	/** An identity policy: statements need a Resource and must not name a Principal. */
	static JsonNode identity(String document) {
		if (document.length() > INLINE_POLICY_LIMIT) {
			throw IamError.limitExceeded("Maximum policy size of " + INLINE_POLICY_LIMIT + " bytes exceeded for role");
		}
		JsonNode parsed = parse(document);
		for (JsonNode statement : IamPolicyDocuments.statementsOf(parsed)) {
			if (statement.has("Principal") || statement.has("NotPrincipal")) {
				throw IamError.malformedPolicy("Policy document should not specify a principal.");
			}
			if (!statement.has("Resource") && !statement.has("NotResource")) {
				throw IamError.malformedPolicy("Policy statement must contain resources.");
			}
			common(statement);
		}
		return parsed;
	}

	static JsonNode parse(String document) {
		JsonNode parsed;
		try {
			parsed = JSON.readTree(document);
		}
		catch (JacksonException ex) {
			throw IamError.malformedPolicy("Syntax errors in policy.");
		}
		if (parsed == null || !parsed.isObject()) {
			throw IamError.malformedPolicy("Syntax errors in policy.");
		}
		if (parsed.has("Version") && !VERSIONS.contains(parsed.get("Version").asString())) {
			throw IamError.malformedPolicy("The policy must contain a valid version string");
		}
		return parsed;
	}

	private static java.util.List<JsonNode> statementsOf(JsonNode parsed) {
		java.util.List<JsonNode> statements = IamPolicyEvaluator.statements(parsed);
		if (statements.isEmpty()) {
			throw IamError.malformedPolicy("Syntax errors in policy.");
		}
		return statements;
	}

	private static void common(JsonNode statement) {
		String effect = statement.path("Effect").asString("");
		if (!effect.equals("Allow") && !effect.equals("Deny")) {
			throw IamError.malformedPolicy("Invalid effect: " + (effect.isEmpty() ? "(none)" : effect));
		}
		if (!statement.has("Action") && !statement.has("NotAction")) {
			throw IamError.malformedPolicy("Policy statement must contain actions.");
		}
		for (String action : IamPolicyEvaluator.strings(statement.has("Action") ? statement.get("Action")
				: statement.get("NotAction"))) {
			if (!action.equals("*") && !action.contains(":")) {
				throw IamError.malformedPolicy("Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.");
			}
		}
	}

}
