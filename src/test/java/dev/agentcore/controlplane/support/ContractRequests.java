package dev.agentcore.controlplane.support;

/** Request bodies of the built jar's contract walk, one per endpoint family, named after what they declare. */
public final class ContractRequests {

	private ContractRequests() {
	}

	/** An OIDC profile trusting {@link TestIssuer} by audience. */
	public static String testIssuerProfile(String name) {
		return """
				{"name": "%s", "provider": "OIDC", "discoveryUrl": "%s/.well-known/openid-configuration",
				 "allowedAudience": ["%s"]}""".formatted(name, TestIssuer.get().issuer(), TestIssuer.AUDIENCE);
	}

	public static String policyEngine(String name) {
		return """
				{"name": "%s", "description": "What the jar walk's agents may call"}""".formatted(name);
	}

	/** A JWT gateway on {@code profile}, its calls logged against {@code engine}'s policies. */
	public static String gatewayWithPolicies(String name, String profile, String engine) {
		return """
				{"name": "%s", "roleArn": "arn:aws:iam::123456789012:role/AgentCoreGatewayRole",
				 "authorizer": {"type": "CUSTOM_JWT", "idpProfileId": "%s"},
				 "policyEngine": {"policyEngineId": "%s", "mode": "LOG_ONLY"}}""".formatted(name, profile, engine);
	}

	/** An open gateway whose execution role the control plane creates (in the simulator's IAM). */
	public static String managedRoleGateway(String name) {
		return """
				{"name": "%s", "executionRole": {"managed": true}, "authorizer": {"type": "NONE"}}""".formatted(name);
	}

	public static String policy(String name, String statement) {
		return """
				{"name": "%s", "description": "jar walk", "statement": %s}""".formatted(name, quoted(statement));
	}

	/** Permits the weather tool of {@link Fixtures#lambdaTarget(String)} (named {@code weather}) on the gateway. */
	public static String permitWeather(String gatewayArn) {
		return """
				permit(principal, action == AgentCore::Action::"weather___get_weather",
				  resource == AgentCore::Gateway::"%s");""".formatted(gatewayArn);
	}

	/** A what-if: would this token's call of the weather tool pass {@code statement}? */
	public static String whatIf(String token, String statement) {
		return """
				{"principal": {"token": "%s"}, "tool": "weather___get_weather", "input": {"city": "Oslo"},
				 "policies": [%s]}""".formatted(token, quoted(statement));
	}

	/** A gateway as someone makes it in the console, on the simulator's AgentCore wire API. */
	public static String consoleGateway(String name) {
		return """
				{"name": "%s", "roleArn": "arn:aws:iam::123456789012:role/AgentCoreGatewayRole", "protocolType": "MCP",
				 "authorizerType": "NONE"}""".formatted(name);
	}

	public static String webhook(String url) {
		return """
				{"url": "%s", "description": "jar walk", "eventTypes": ["SPEC_ACCEPTED"]}""".formatted(url);
	}

	public static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

}
