package dev.agentcore.controlplane.provisioning.aws;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Policy documents as IAM returns them (URL-encoded JSON) compared with the desired ones by their
 * JSON, not their text, so whitespace and member order never count as a difference.
 */
@Component
class RolePolicies {

	private final IamCalls calls;

	private final JsonMapper json;

	RolePolicies(IamCalls calls, JsonMapper json) {
		this.calls = calls;
		this.json = json;
	}

	/** The role's inline policies, decoded, by name. */
	Map<String, String> inline(String roleName) {
		Map<String, String> documents = new LinkedHashMap<>();
		var names = calls.call("iam:ListRolePolicies", () -> calls.iam().listRolePolicies(r -> r.roleName(roleName)));
		for (String name : names.policyNames()) {
			var policy = calls.callOrNull("iam:GetRolePolicy",
					() -> calls.iam().getRolePolicy(r -> r.roleName(roleName).policyName(name)));
			if (policy != null) {
				documents.put(name, decode(policy.policyDocument()));
			}
		}
		return documents;
	}

	/** Whether two sets of named documents hold the same policies. */
	boolean sameInline(Map<String, String> actual, Map<String, String> wanted) {
		return actual.keySet().equals(wanted.keySet())
				&& wanted.entrySet().stream().allMatch(entry -> same(actual.get(entry.getKey()), entry.getValue()));
	}

	/** Whether a document (decoded or as IAM returns it) says the same as {@code wanted}. */
	boolean same(String actual, String wanted) {
		if (actual == null || wanted == null) {
			return actual == wanted;
		}
		return parse(decode(actual)).equals(parse(wanted));
	}

	JsonNode parse(String document) {
		try {
			return json.readTree(document);
		}
		catch (JacksonException ex) {
			return json.getNodeFactory().stringNode(document);
		}
	}

	/** IAM returns documents URL-encoded (RFC 3986); a document that is already JSON stays as it is. */
	static String decode(String document) {
		return document.startsWith("{") ? document : URLDecoder.decode(document, StandardCharsets.UTF_8);
	}

}
