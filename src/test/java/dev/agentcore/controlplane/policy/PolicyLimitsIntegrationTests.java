package dev.agentcore.controlplane.policy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Http;

import static dev.agentcore.controlplane.policy.PolicyFixtures.engine;
import static dev.agentcore.controlplane.policy.PolicyFixtures.ordersTarget;
import static dev.agentcore.controlplane.policy.PolicyFixtures.policy;
import static dev.agentcore.controlplane.support.Fixtures.openGateway;
import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statements of the sizes that overflowed cedar-java's native stack and killed the process (85 nested
 * parentheses, a chain of 1,150 terms) sent through every entry point: refused with 400 POLICY_TOO_COMPLEX
 * naming the field, and the server still answers. A chain of 300 terms (once a 500) is within the limits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PolicyLimitsIntegrationTests {

	static final String HEAD = "permit(principal, action, resource is AgentCore::Gateway) when { ";

	static final List<String> CRASHING = List.of(HEAD + "(".repeat(85) + "true" + ")".repeat(85) + " };",
			HEAD + "true" + " && true".repeat(1149) + " };");

	static final String CHAIN_OF_300 = HEAD + "true" + " && true".repeat(299) + " };";

	@LocalServerPort
	int port;

	Api api;

	String gateway;

	String engine;

	@BeforeEach
	void gatewayAndEngine() {
		api = Api.asTeam(port, unique("team"));
		gateway = post("/api/v1/gateways", openGateway(unique("Limits")));
		post("/api/v1/gateways/" + gateway + "/targets", ordersTarget());
		engine = post("/api/v1/policy-engines", engine(name("limits")));
	}

	@Test
	void statementsOfTheSizesThatKilledTheProcessAreRefusedEverywhereBeforeCedar() {
		String existing = post(policies(), policy(name("fine"), HEAD + "true };"));
		String existingPath = policies() + "/" + existing;
		for (String statement : CRASHING) {
			Http.Response created = api.post(policies(), policy(name("deep"), statement));
			Http.Response replaced = api.put(existingPath, api.get(existingPath).header("ETag").orElseThrow(),
					policy(api.get(existingPath).json().get("name").asString(), statement));
			Http.Response whatIf = api.post(checks(), whatIf(HEAD + "true };", statement));

			assertTooComplex(created, "statement");
			assertTooComplex(replaced, "statement");
			assertTooComplex(whatIf, "policies[1]");
		}

		assertThat(ProcessHandle.current().isAlive()).isTrue();
		assertThat(api.get(existingPath).status()).isEqualTo(200);
		assertThat(api.post(checks(), whatIf(HEAD + "true };")).json().get("decision").asString()).isEqualTo("ALLOW");
	}

	@Test
	void aChainOf300TermsIsEvaluatedAndStored() {
		Http.Response whatIf = api.post(checks(), whatIf(CHAIN_OF_300));
		assertThat(whatIf.status()).as(whatIf.body()).isEqualTo(200);
		assertThat(whatIf.json().get("decision").asString()).isEqualTo("ALLOW");

		Http.Response created = api.post(policies(), policy(name("chain"), CHAIN_OF_300));
		assertThat(created.status()).as(created.body()).isEqualTo(202);
	}

	private static void assertTooComplex(Http.Response response, String field) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.json().get("code").asString()).isEqualTo("POLICY_TOO_COMPLEX");
		assertThat(response.json().at("/errors/0/field").asString()).isEqualTo(field);
		assertThat(response.json().at("/errors/0/message").asString()).containsPattern("at most (32|1000)");
	}

	private static String whatIf(String... statements) {
		return """
				{"principal": {"claims": {"sub": "agent-7"}}, "tool": "orders___cancel_order", "input": {"orderId": "1"},
				 "policies": [%s]}""".formatted(String.join(", ", java.util.Arrays.stream(statements).map(PolicyFixtures::quoted)
			.toList()));
	}

	private String policies() {
		return "/api/v1/policy-engines/" + engine + "/policies";
	}

	private String checks() {
		return "/api/v1/gateways/" + gateway + "/authorization-checks";
	}

	private String post(String path, String body) {
		Http.Response response = api.post(path, body);
		assertThat(response.status()).as(response.body()).isIn(201, 202);
		return response.json().get("id").asString();
	}

	private static String name(String prefix) {
		return unique(prefix).replace('-', '_');
	}

}
