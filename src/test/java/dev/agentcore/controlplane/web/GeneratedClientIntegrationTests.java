package dev.agentcore.controlplane.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.agentcore.controlplane.client.ApiClient;
import dev.agentcore.controlplane.client.ApiException;
import dev.agentcore.controlplane.client.api.AuditApi;
import dev.agentcore.controlplane.client.api.CallerApi;
import dev.agentcore.controlplane.client.api.GatewaysApi;
import dev.agentcore.controlplane.client.model.Authorizer;
import dev.agentcore.controlplane.client.model.GatewayRequest;
import dev.agentcore.controlplane.client.model.GatewayResponse;
import dev.agentcore.controlplane.support.TestIssuer;

import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Java client generated from the committed openapi/openapi.json (by the build, in
 * generate-test-sources) compiles with the tests and talks to the running service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GeneratedClientIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void generatedClientDeclaresReadsAndListsGateways() throws ApiException {
		String team = unique("team");
		ApiClient client = client(TestIssuer.get().token(team, "controlplane:write"));
		assertThat(new CallerApi(client).me().getTeam()).isEqualTo(team);

		GatewaysApi gateways = new GatewaysApi(client);
		String name = unique("Generated");
		GatewayResponse declared = gateways.declareGateway(new GatewayRequest().name(name)
			.description("declared by the generated client")
			.roleArn("arn:aws:iam::123456789012:role/gateway")
			.authorizer(new Authorizer().type(Authorizer.TypeEnum.NONE)), null);
		assertThat(declared.getName()).isEqualTo(name);
		assertThat(declared.getStatus().getPhase().getValue()).isEqualTo("PENDING");

		GatewayResponse read = gateways.getGateway(declared.getId());
		assertThat(read.getDescription()).isEqualTo("declared by the generated client");
		assertThat(gateways.listGateways(null, name, null, 10, null).getItems())
			.extracting(GatewayResponse::getId)
			.containsExactly(declared.getId());
		assertThatThrownBy(() -> gateways.getGateway(UUID.randomUUID()))
			.isInstanceOfSatisfying(ApiException.class, ex -> assertThat(ex.getCode()).isEqualTo(404));
		assertThatThrownBy(() -> new AuditApi(client).listAuditRecords(null, null, null, null, null, null, null, null))
			.isInstanceOfSatisfying(ApiException.class, ex -> assertThat(ex.getCode()).isEqualTo(403));
	}

	private ApiClient client(String token) {
		ApiClient client = new ApiClient();
		client.updateBaseUri("http://localhost:" + port);
		client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
		return client;
	}

}
