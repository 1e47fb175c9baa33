package dev.agentcore.controlplane.cedar;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.agentcore.controlplane.cedar.StatementCheck.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The real Cedar engine (its native library loads here) checking statements against a generated schema. */
class StatementCheckTests {

	static final String GATEWAY = "arn:aws:bedrock-agentcore:us-east-1:123456789012:gateway/orders-a1b2c3d4e5";

	static final CedarSchema ORDERS = CedarSchema.generate(List.of(new CedarSchema.ToolSet(PrincipalKind.OAUTH_USER,
			List.of(ToolSignature.of("orders", "list_orders", Map.of("type", "object", "properties",
					Map.of("limit", Map.of("type", "integer"), "status", Map.of("type", "string")), "required", List.of("limit"))),
					ToolSignature.of("orders", "cancel_order", Map.of("type", "object", "properties",
							Map.of("orderId", Map.of("type", "string"))))),
			Set.of("catalog"))));

	static StatementCheck.Result check(CedarSchema schema, String text) {
		return StatementCheck.check(schema, List.of(new Statement("p", text)));
	}

	@Test
	void aValidStatementPasses() {
		StatementCheck.Result result = check(ORDERS, """
				permit(principal is AgentCore::OAuthUser, action == AgentCore::Action::"orders___list_orders",
				  resource == AgentCore::Gateway::"%s")
				when { principal.hasTag("scope") && principal.getTag("scope") like "*orders:read*" && context.input.limit <= 100 };"""
			.formatted(GATEWAY));
		assertThat(result.passed()).as(result.toString()).isTrue();
		assertThat(result.warningsOf("p")).isEmpty();
	}

	@Test
	void aSyntaxErrorHasItsLineAndColumn() {
		StatementCheck.Result result = check(ORDERS, """
				permit(principal, action == AgentCore::Action::"orders___list_orders",
				  resource == AgentCore::Gateway::"%s")
				when { context.input.limit <= };""".formatted(GATEWAY));
		assertThat(result.passed()).isFalse();
		PolicyIssue issue = result.issuesOf("p").getFirst();
		assertThat(issue.line()).isEqualTo(3);
		assertThat(issue.column()).isEqualTo(31);
		assertThat(issue.message()).contains("unexpected token `}`");
	}

	@Test
	void columnsCountCharactersNotBytes() {
		StatementCheck.Result result = check(ORDERS, "// café ünïcødé\npermit(principal, action, resource) when { 1 + };");
		PolicyIssue issue = result.issuesOf("p").getFirst();
		assertThat(issue.line()).isEqualTo(2);
		assertThat(issue.column()).as("the '}' after '1 + ', counted in characters").isEqualTo(48);
	}

	@Test
	void aMissingToolIsNamedWithTheToolsThatExist() {
		StatementCheck.Result result = check(ORDERS, """
				permit(principal, action == AgentCore::Action::"orders___delete_everything",
				  resource == AgentCore::Gateway::"%s");""".formatted(GATEWAY));
		assertThat(result.issuesOf("p")).singleElement().satisfies(issue -> {
			assertThat(issue.message()).contains("'orders___delete_everything'", "orders___cancel_order, orders___list_orders");
			assertThat(issue.line()).isEqualTo(1);
			assertThat(issue.column()).isEqualTo(48);
		});
	}

	@Test
	void typeErrorsAgainstTheToolInputAreReported() {
		StatementCheck.Result result = check(ORDERS, """
				permit(principal, action == AgentCore::Action::"orders___list_orders",
				  resource == AgentCore::Gateway::"%s") when { context.input.limit like "1*" };""".formatted(GATEWAY));
		assertThat(result.issuesOf("p")).isNotEmpty();
		assertThat(result.issuesOf("p").getFirst().message()).contains("unexpected type");
	}

	@Test
	void agentCoreScopeRulesAreKept() {
		assertThat(check(ORDERS, "permit(principal, action, resource);").issuesOf("p").getFirst().message())
			.contains("wildcard resource");
		assertThat(check(ORDERS, """
				permit(principal, action == AgentCore::Action::"orders___list_orders", resource is AgentCore::Gateway);""")
			.issuesOf("p").getFirst().message()).contains("must be one gateway");
		assertThat(check(ORDERS, "permit(principal, action, resource == AgentCore::Gateway::\"" + GATEWAY + "\");")
			.issuesOf("p").getFirst().message()).contains("must be a type test");
		assertThat(check(ORDERS, "forbid(principal, action, resource is AgentCore::Gateway);").passed()).isTrue();
	}

	@Test
	void templatesAndSeveralStatementsAreRefused() {
		assertThat(check(ORDERS, "permit(principal == ?principal, action, resource is AgentCore::Gateway);").issuesOf("p")
			.getFirst().message()).contains("template");
		assertThat(check(ORDERS, "forbid(principal, action, resource is AgentCore::Gateway);\nforbid(principal, action, resource is AgentCore::Gateway);")
			.issuesOf("p").getFirst().line()).isEqualTo(2);
	}

	@Test
	void toolsOfOpaqueTargetsAndEnginesWithoutGatewaysAreCheckedForSyntaxOnlyWithAWarning() {
		StatementCheck.Result opaque = check(ORDERS, """
				permit(principal, action == AgentCore::Action::"catalog___search", resource == AgentCore::Gateway::"%s")
				when { context.input.anything == 1 };""".formatted(GATEWAY));
		assertThat(opaque.passed()).isTrue();
		assertThat(opaque.warningsOf("p").getFirst()).contains("catalog___search", "only AgentCore knows");
		StatementCheck.Result unattached = check(CedarSchema.generate(List.of()), """
				permit(principal, action == AgentCore::Action::"anything___goes", resource == AgentCore::Gateway::"%s");"""
			.formatted(GATEWAY));
		assertThat(unattached.passed()).isTrue();
		assertThat(unattached.warningsOf("p").getFirst()).contains("attached to no gateway");
	}

	@Test
	void oneBadStatementAmongManyIsAttributedToItself() {
		StatementCheck.Result result = StatementCheck.check(ORDERS, List.of(
				new Statement("good", "forbid(principal, action, resource is AgentCore::Gateway);"),
				new Statement("bad", "forbid(principal, action, resource is AgentCore::Gateway) when { ( };")));
		assertThat(result.issuesOf("good")).isEmpty();
		assertThat(result.issuesOf("bad")).isNotEmpty();
	}

	@Test
	void theSchemaHasTheActionHierarchyAndTypedInputs() {
		assertThat(ORDERS.text()).contains("namespace AgentCore", "entity OAuthUser", "tags __cedar::String",
				"action \"orders___list_orders\" in [Action::\"CallTool\"]", "action \"CallTool\" in [Action::\"Mcp\"]",
				"limit: __cedar::Long", "status?: __cedar::String");
		assertThat(ORDERS.tools()).containsOnlyKeys("orders___list_orders", "orders___cancel_order");
	}

}
