package dev.agentcore.controlplane.cedar;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Decisions as the gateway builds the request: claims as string tags, typed input, action hierarchy. */
class ToolCallAuthorizationTests {

	static final String GATEWAY = StatementCheckTests.GATEWAY;

	static final CedarSchema ORDERS = StatementCheckTests.ORDERS;

	static final String READERS = """
			permit(principal is AgentCore::OAuthUser, action == AgentCore::Action::"orders___list_orders",
			  resource == AgentCore::Gateway::"%s")
			when { principal.hasTag("scope") && principal.getTag("scope") like "*orders:read*" && context.input.limit <= 100 };"""
		.formatted(GATEWAY);

	static ToolCallAuthorization.Decision decide(Map<String, Object> claims, String tool, Map<String, Object> input,
			Map<String, String> statements) {
		return ToolCallAuthorization.decide(ORDERS, claims, null, tool, GATEWAY, input, statements);
	}

	@Test
	void thePermitAllowsAMatchingCallerAndDeniesByDefaultOtherwise() {
		Map<String, String> statements = Map.of("readers", READERS);
		Map<String, Object> reader = Map.of("sub", "agent-7", "scope", "orders:read orders:write");
		assertThat(decide(reader, "orders___list_orders", Map.of("limit", 100), statements))
			.isEqualTo(new ToolCallAuthorization.Decision(true, Set.of("readers"), List.of()));
		assertThat(decide(reader, "orders___list_orders", Map.of("limit", 101), statements).allowed()).isFalse();
		assertThat(decide(Map.of("sub", "x", "scope", "orders:write"), "orders___list_orders", Map.of("limit", 1), statements)
			.allowed()).isFalse();
		assertThat(decide(reader, "orders___cancel_order", Map.of("orderId", "1"), statements).determiningPolicies()).isEmpty();
	}

	@Test
	void everyClaimIsAStringTagAndAMissingTagIsAnErrorThatDenies() {
		String arrays = """
				permit(principal, action in AgentCore::Action::"CallTool", resource is AgentCore::Gateway)
				when { principal.getTag("groups") == "[\\"a\\",\\"b\\"]" && principal.getTag("admin") == "true"
				  && principal.getTag("exp") == "1735689600" };""";
		Map<String, Object> claims = Map.of("sub", "u", "groups", List.of("a", "b"), "admin", true, "exp", 1735689600L);
		assertThat(decide(claims, "orders___cancel_order", Map.of("orderId", "1"), Map.of("p", arrays)).allowed()).isTrue();
		ToolCallAuthorization.Decision missing = decide(Map.of("sub", "u"), "orders___cancel_order", Map.of("orderId", "1"),
				Map.of("p", arrays));
		assertThat(missing.allowed()).isFalse();
		assertThat(missing.errors()).singleElement().asString().contains("does not have the tag");
	}

	@Test
	void inputThatDoesNotFitTheToolIsRefusedAndUnknownToolsAreTypedByTheirValues() {
		ToolCallAuthorization.Decision wrong = decide(Map.of("sub", "u", "scope", "orders:read"), "orders___list_orders",
				Map.of("limit", "ten"), Map.of("readers", READERS));
		assertThat(wrong.allowed()).isFalse();
		assertThat(wrong.errors()).singleElement().asString().contains("input.limit", "integer");
		String catalog = """
				permit(principal, action == AgentCore::Action::"catalog___search", resource == AgentCore::Gateway::"%s")
				when { context.input.price.lessThan(decimal("9.99")) };""".formatted(GATEWAY);
		assertThat(decide(Map.of("sub", "u"), "catalog___search", Map.of("price", 5.5), Map.of("c", catalog)).allowed())
			.isTrue();
	}

	@Test
	void anIamCallerIsAnIamEntityWithItsArnAsId() {
		CedarSchema iam = CedarSchema.generate(List.of(new CedarSchema.ToolSet(PrincipalKind.IAM_ENTITY,
				List.of(ToolSignature.of("orders", "list_orders", Map.of("type", "object"))), Set.of())));
		String statement = """
				permit(principal, action == AgentCore::Action::"orders___list_orders", resource == AgentCore::Gateway::"%s")
				when { principal.id like "arn:aws:iam::123456789012:role/*" };""".formatted(GATEWAY);
		assertThat(ToolCallAuthorization.decide(iam, null, "arn:aws:iam::123456789012:role/agent", "orders___list_orders",
				GATEWAY, Map.of(), Map.of("p", statement)).allowed()).isTrue();
		assertThat(ToolCallAuthorization.decide(iam, null, "arn:aws:iam::999999999999:role/agent", "orders___list_orders",
				GATEWAY, Map.of(), Map.of("p", statement)).allowed()).isFalse();
	}

}
