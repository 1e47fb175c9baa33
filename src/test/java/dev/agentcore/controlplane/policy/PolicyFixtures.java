package dev.agentcore.controlplane.policy;

/** Request bodies of the policy tests, named after what they declare. */
final class PolicyFixtures {

	private PolicyFixtures() {
	}

	static String engine(String name) {
		return """
				{"name": "%s", "description": "Who may call the order tools"}""".formatted(name);
	}

	static String policy(String name, String statement) {
		return """
				{"name": "%s", "description": "test policy", "statement": %s}""".formatted(name, quoted(statement));
	}

	/** A Lambda target with the orders tools: list_orders (limit, required; status) and cancel_order (orderId). */
	static String ordersTarget() {
		return """
				{"name": "orders", "type": "LAMBDA", "lambda": {"functionArn": "arn:aws:lambda:us-east-1:123456789012:function:orders",
				 "toolSchema": {"inline": [
				   {"name": "list_orders", "description": "List orders", "inputSchema": {"type": "object",
				     "properties": {"limit": {"type": "integer"}, "status": {"type": "string"}}, "required": ["limit"]}},
				   {"name": "cancel_order", "description": "Cancel an order", "inputSchema": {"type": "object",
				     "properties": {"orderId": {"type": "string"}}, "required": ["orderId"]}}]}}}""";
	}

	/** The example: scope tag containing orders:read may list at most 100 orders. */
	static String readersMayList(String gatewayArn) {
		return """
				permit(principal is AgentCore::OAuthUser,
				  action == AgentCore::Action::"orders___list_orders",
				  resource == AgentCore::Gateway::"%s")
				when { principal.hasTag("scope") && principal.getTag("scope") like "*orders:read*"
				  && context.input.limit <= 100 };""".formatted(gatewayArn);
	}

	static String forbidList(String gatewayArn) {
		return """
				forbid(principal, action == AgentCore::Action::"orders___list_orders",
				  resource == AgentCore::Gateway::"%s");""".formatted(gatewayArn);
	}

	static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

}
