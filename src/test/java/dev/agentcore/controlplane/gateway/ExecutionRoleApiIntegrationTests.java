package dev.agentcore.controlplane.gateway;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Http;

import static dev.agentcore.controlplane.support.Fixtures.openGateway;
import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** A gateway names its own execution role or asks for a managed one: exactly one of the two. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExecutionRoleApiIntegrationTests {

	static final String GATEWAYS = "/api/v1/gateways";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;

	@BeforeEach
	void setUp() {
		api = Api.asTeam(port, unique("team"));
	}

	@Test
	void aManagedRoleIsDeclaredWithTheGateway() {
		String name = unique("Managed");
		Http.Response created = api.post(GATEWAYS, """
				{"name": "%s", "executionRole": {"managed": true}, "authorizer": {"type": "NONE"}}""".formatted(name));
		assertThat(created.status()).as(created.body()).isEqualTo(202);
		assertThat(created.json().at("/executionRole/managed").asBoolean()).isTrue();
		assertThat(created.json().get("roleArn").isNull()).isTrue();
		String role = jdbc.sql("select name from execution_roles where gateway_id = ?")
			.param(UUID.fromString(created.json().get("id").asString())).query(String.class).single();
		assertThat(role).isEqualTo("AgentCoreGateway-" + name);
	}

	@Test
	void theGatewayAndItsCatalogEntityShowTheManagedRolesArnPhaseAndLastError() {
		String name = unique("Shown");
		String id = api.post(GATEWAYS, """
				{"name": "%s", "executionRole": {"managed": true}, "authorizer": {"type": "NONE"}}""".formatted(name))
			.json().get("id").asString();
		JsonNode pending = api.get(GATEWAYS + "/" + id).json().get("executionRole");
		assertThat(pending.get("managed").asBoolean()).isTrue();
		assertThat(pending.get("phase").asString()).isEqualTo("PENDING");

		String arn = "arn:aws:iam::123456789012:role/AgentCoreGateway-" + name;
		jdbc.sql("""
				update execution_roles set aws_role_arn = :arn, phase = 'FAILED',
				  last_error = '{"code": "AWS_AccessDenied", "message": "iam:CreateRole denied", "retryable": false}'::jsonb
				where gateway_id = :gateway""").param("arn", arn).param("gateway", UUID.fromString(id)).update();
		JsonNode failed = api.get(GATEWAYS + "/" + id).json().get("executionRole");
		assertThat(failed.get("roleArn").asString()).isEqualTo(arn);
		assertThat(failed.get("phase").asString()).isEqualTo("FAILED");
		assertThat(failed.at("/lastError/code").asString()).isEqualTo("AWS_AccessDenied");
		assertThat(failed.at("/lastError/message").asString()).isEqualTo("iam:CreateRole denied");
		assertThat(api.get(GATEWAYS + "?name=" + name).json().at("/items/0/executionRole")).isEqualTo(failed);

		JsonNode annotations = api.get("/api/v1/catalog/entities?limit=200").json().get("items").valueStream()
			.filter(entity -> entity.at("/metadata/title").asString().equals(name))
			.findFirst().orElseThrow().at("/metadata/annotations");
		assertThat(annotations.get("agentcore.dev/execution-role-arn").asString()).isEqualTo(arn);
		assertThat(annotations.get("agentcore.dev/execution-role-phase").asString()).isEqualTo("FAILED");
		assertThat(annotations.get("agentcore.dev/execution-role-error").asString())
			.isEqualTo("AWS_AccessDenied: iam:CreateRole denied");
	}

	@Test
	void aGatewayNamingItsOwnRoleShowsNoManagedOne() {
		JsonNode created = api.post(GATEWAYS, openGateway(unique("Own"))).json();
		assertThat(api.get(GATEWAYS + "/" + created.get("id").asString()).json().get("executionRole").isNull()).isTrue();
	}

	@Test
	void neitherARoleNorAManagedOneIsRefused() {
		JsonNode problem = api.post(GATEWAYS, """
				{"name": "%s", "executionRole": {"managed": false}, "authorizer": {"type": "NONE"}}""".formatted(unique("x"))).json();
		assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
		assertThat(problem.at("/errors/0/field").asString()).isEqualTo("roleArn");
		assertThat(problem.at("/errors/0/message").asString()).contains("executionRole.managed");
	}

	@Test
	void bothARoleAndAManagedOneAreRefused() {
		JsonNode problem = api.post(GATEWAYS, openGateway(unique("both"))
			.replace("\"authorizer\"", "\"executionRole\": {\"managed\": true}, \"authorizer\"")).json();
		assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
		assertThat(problem.at("/errors/0/field").asString()).isEqualTo("executionRole");
	}

	@Test
	void switchingToTheTeamsOwnRoleRequestsTheManagedRolesDeletion() {
		String name = unique("Switch");
		String id = api.post(GATEWAYS, """
				{"name": "%s", "executionRole": {"managed": true}, "authorizer": {"type": "NONE"}}""".formatted(name))
			.json().get("id").asString();
		assertThat(api.put(GATEWAYS + "/" + id, "\"0\"", openGateway(name)).status()).isEqualTo(202);
		JsonNode role = api.get(GATEWAYS + "/" + id + "/events?limit=50").json();
		assertThat(role.get("items").valueStream().filter(e -> e.get("resourceType").asString().equals("EXECUTION_ROLE"))
			.map(e -> e.get("type").asString())).containsExactly("DELETION_REQUESTED", "SPEC_ACCEPTED");
		assertThat(jdbc.sql("select phase from execution_roles where gateway_id = ?").param(UUID.fromString(id))
			.query(String.class).single()).isEqualTo("DELETING");
	}

}
