package dev.agentcore.controlplane.cedar;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the ENFORCE guard and the simulated findings read from a statement's scope. */
class PolicyScopeTests {

	static final String GATEWAY = StatementCheckTests.GATEWAY;

	static PolicyScope scope(String statement) {
		return StatementCheck.scope(new com.cedarpolicy.model.policy.Policy(statement, "p"));
	}

	@Test
	void aPermitMayApplyToTheGatewaysToolsUnlessItNamesOthersOrAnotherGateway() {
		Set<String> tools = Set.of("orders___list_orders");
		assertThat(scope(ToolCallAuthorizationTests.READERS).mayPermitAnyOf(tools::contains, GATEWAY)).isTrue();
		assertThat(scope(ToolCallAuthorizationTests.READERS).mayPermitAnyOf(tools::contains, GATEWAY + "x")).isFalse();
		assertThat(scope(ToolCallAuthorizationTests.READERS).mayPermitAnyOf(Set.of("other___tool")::contains, GATEWAY))
			.isFalse();
		assertThat(scope("permit(principal, action, resource is AgentCore::Gateway) when { false };")
			.mayPermitAnyOf(tools::contains, GATEWAY)).isTrue();
		assertThat(scope("forbid(principal, action, resource is AgentCore::Gateway);").mayPermitAnyOf(tools::contains, GATEWAY))
			.isFalse();
	}

	@Test
	void unconditionalStatementsForEveryoneAndEverythingAreFindings() {
		assertThat(StatementCheck.findings("permit(principal, action, resource is AgentCore::Gateway);"))
			.singleElement().asString().startsWith("Overly permissive");
		assertThat(StatementCheck.findings("forbid(principal, action, resource is AgentCore::Gateway);"))
			.singleElement().asString().startsWith("Overly restrictive");
		assertThat(StatementCheck.findings(ToolCallAuthorizationTests.READERS)).isEmpty();
		assertThat(StatementCheck.findings("permit(principal, action, resource is AgentCore::Gateway) when { true };")).isEmpty();
	}

	@Test
	void openApiOperationsBecomeToolsWithParametersAndBodyAsInput() {
		String api = """
				openapi: 3.0.0
				info: {title: orders, version: "1"}
				paths:
				  /orders/{id}:
				    post:
				      operationId: updateOrder
				      parameters:
				        - {name: id, in: path, required: true, schema: {type: string}}
				      requestBody:
				        required: true
				        content:
				          application/json:
				            schema: {type: object, properties: {quantity: {type: integer}}, required: [quantity]}
				      responses: {"200": {description: ok}}
				""";
		CedarSchema schema = CedarSchema.generate(java.util.List.of(new CedarSchema.ToolSet(PrincipalKind.OAUTH_USER,
				ToolSignature.fromOpenApi("orders", api), Set.of())));
		assertThat(schema.tools()).containsOnlyKeys("orders___updateOrder");
		assertThat(schema.text()).contains("id: __cedar::String", "quantity: __cedar::Long");
	}

}
