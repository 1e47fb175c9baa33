package dev.agentcore.controlplane.permissions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The least-privilege caller policy for managing one policy engine and its policies: the engine's
 * operations on the engine, the policies' on the engine and its policies, and the one list that cannot
 * be limited to a resource. Until AWS has created the engine its ARN is a pattern on the engine's name
 * (AgentCore's engine ids are the name and ten characters).
 */
final class PolicyEnginePermissions {

	private PolicyEnginePermissions() {
	}

	/**
	 * @param callerPolicy what the control plane's AWS identity needs
	 * @param notes what to know about it
	 */
	record Plan(Map<String, Object> callerPolicy, List<String> notes) {
	}

	static Plan plan(String engineName, String engineArn) {
		List<String> notes = new ArrayList<>();
		String engine = engineArn;
		if (engine == null) {
			engine = pattern(engineName, "aws", "*");
			notes.add("The engine has no ARN yet; its statements name every engine called " + engineName
					+ " in any account. Narrow them to its ARN once it is created (GET this again).");
		}
		PolicyDocument caller = new PolicyDocument()
			.allow("ManagePolicyEngine", List.of("bedrock-agentcore:CreatePolicyEngine", "bedrock-agentcore:GetPolicyEngine",
					"bedrock-agentcore:UpdatePolicyEngine", "bedrock-agentcore:DeletePolicyEngine"), List.of(engine))
			.allow("ManagePolicies", List.of("bedrock-agentcore:CreatePolicy", "bedrock-agentcore:GetPolicy",
					"bedrock-agentcore:UpdatePolicy", "bedrock-agentcore:DeletePolicy", "bedrock-agentcore:ListPolicies"),
					List.of(engine, engine + "/policy/*"))
			.allow("ListPolicyEngines", List.of("bedrock-agentcore:ListPolicyEngines"), List.of("*"));
		notes.add("ListPolicyEngines cannot be limited to a resource (the provisioner uses it to adopt an engine whose "
				+ "create result was lost), so it is the one '*' statement.");
		notes.add("Gateways that attach the engine need more: their execution role evaluates it (AuthorizeAction, "
				+ "PartiallyAuthorizeActions, GetPolicyEngine), see GET /api/v1/gateways/{id}/permissions.");
		return new Plan(caller.json(), List.copyOf(notes));
	}

	/** The ARN of an engine AWS has not created yet: its id is the name and ten characters. */
	static String pattern(String engineName, String partition, String account) {
		return "arn:" + partition + ":bedrock-agentcore:*:" + account + ":policy-engine/" + engineName + "-*";
	}

}
