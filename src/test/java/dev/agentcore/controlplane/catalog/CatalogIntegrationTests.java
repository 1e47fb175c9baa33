package dev.agentcore.controlplane.catalog;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.TestIssuer;

import static dev.agentcore.controlplane.support.Fixtures.lambdaTarget;
import static dev.agentcore.controlplane.support.Fixtures.mcpTarget;
import static dev.agentcore.controlplane.support.Fixtures.openGateway;
import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** The catalog feed validates against Backstage's published entity schemas, before and after provisioning. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogIntegrationTests {

	static final BackstageSchemas SCHEMAS = new BackstageSchemas();

	static final String NAME = "^([A-Za-z0-9][-_.]?)*[A-Za-z0-9]$";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void entitiesValidateAgainstBackstageSchemasAndDescribeTheGateway() {
		String team = unique("team");
		Api api = Api.asTeam(port, team);
		String name = unique("Catalogued");
		String pending = api.post("/api/v1/gateways", openGateway(name)).json().get("id").asString();
		api.post("/api/v1/gateways/" + pending + "/targets", lambdaTarget("weather"));
		api.post("/api/v1/gateways/" + pending + "/targets", mcpTarget("search"));
		String ready = api.post("/api/v1/gateways", openGateway(unique("Live"))).json().get("id").asString();
		String url = "https://" + ready + ".gateway.bedrock-agentcore.us-east-1.amazonaws.com/mcp";
		// What the provisioner writes once AWS created the gateway.
		jdbc.sql("update gateways set phase = 'READY', aws_gateway_url = ?, aws_gateway_arn = ? where id = ?::uuid")
			.params(url, "arn:aws:bedrock-agentcore:us-east-1:123456789012:gateway/x", ready)
			.update();

		JsonNode entities = api.get("/api/v1/catalog/entities").json().get("items");
		assertThat(entities).hasSize(4);
		for (JsonNode entity : entities) {
			assertThat(SCHEMAS.violations("Entity", entity)).as(entity.toString()).isEmpty();
			// Rules Backstage checks in code rather than in the schemas (KubernetesValidatorFunctions).
			assertThat(entity.at("/metadata/name").asString()).hasSizeLessThanOrEqualTo(63).matches(NAME);
			entity.at("/metadata/tags").forEach(tag -> assertThat(tag.asString()).matches("^[a-z0-9:+#]+(-[a-z0-9:+#]+)*$"));
			entity.at("/metadata/annotations").propertyNames()
				.forEach(key -> assertThat(key).matches("^[a-z0-9.-]+/" + NAME.substring(1)));
			String kindSchema = entity.get("kind").asString().equals("Resource") ? "ResourceV1alpha1" : "ApiV1alpha1";
			assertThat(SCHEMAS.violations(kindSchema, entity)).as(entity.toString()).isEmpty();
		}
		JsonNode resource = entities.get(0);
		assertThat(resource.get("apiVersion").asString()).isEqualTo("backstage.io/v1alpha1");
		assertThat(resource.get("kind").asString()).isEqualTo("Resource");
		assertThat(resource.at("/metadata/name").asString()).isEqualTo(name.toLowerCase());
		assertThat(resource.at("/spec/type").asString()).isEqualTo("mcp-gateway");
		assertThat(resource.at("/spec/owner").asString()).isEqualTo(team);
		assertThat(resource.at("/metadata/links/0/url").asString()).endsWith("/api/v1/gateways/" + pending);
		JsonNode pendingApi = entities.get(1);
		assertThat(pendingApi.get("kind").asString()).isEqualTo("API");
		assertThat(pendingApi.at("/spec/type").asString()).isEqualTo("mcp");
		JsonNode definition = JsonMapper.builder().build().readTree(pendingApi.at("/spec/definition").asString());
		assertThat(definition.at("/targets/0/tools/0/name").asString()).isEqualTo("weather___get_weather");
		assertThat(definition.at("/targets/1/type").asString()).isEqualTo("MCP_SERVER");

		JsonNode liveResource = entities.get(2);
		assertThat(liveResource.at("/metadata/links/0/url").asString()).isEqualTo(url);
		JsonNode liveApi = entities.get(3);
		assertThat(liveApi.at("/spec/type").asString()).isEqualTo("mcp-server");
		assertThat(liveApi.at("/spec/remotes/0/url").asString()).isEqualTo(url);
		assertThat(SCHEMAS.violations("ApiV1alpha1McpServer", liveApi)).as(liveApi.toString()).isEmpty();
	}

	@Test
	void theSchemasRejectWhatBackstageWouldRefuse() {
		JsonNode invalid = JsonMapper.builder().build().valueToTree(Map.of("apiVersion", "backstage.io/v1alpha1",
				"kind", "Resource", "metadata", Map.of("title", "no name"), "spec", Map.of("type", "mcp-gateway")));
		assertThat(SCHEMAS.violations("Entity", invalid)).isNotEmpty();
		assertThat(SCHEMAS.violations("ResourceV1alpha1", invalid)).isNotEmpty();
	}

	@Test
	void teamsSeeTheirOwnGatewaysAndYamlIsOneDocumentPerEntity() {
		String team = unique("team");
		Api api = Api.asTeam(port, team);
		api.post("/api/v1/gateways", openGateway(unique("Mine")));
		Api.asTeam(port, unique("other")).post("/api/v1/gateways", openGateway(unique("Theirs")));
		assertThat(api.get("/api/v1/catalog/entities").json().get("items")).hasSize(2)
			.allSatisfy(entity -> assertThat(entity.at("/spec/owner").asString()).isEqualTo(team));
		Http.Response yaml = new Http(port).send("GET", "/api/v1/catalog/entities",
				TestIssuer.get().token(team, "controlplane:read"), null, null, Map.of("Accept", "application/yaml"));
		assertThat(yaml.contentType()).startsWith("application/yaml");
		List<String> documents = List.of(yaml.body().split("---\n")).stream().filter(d -> !d.isBlank()).toList();
		assertThat(documents).hasSize(2);
		documents.forEach(document -> assertThat(SCHEMAS.violations("Entity", JsonMapper.builder().build().readTree(document)))
			.isEmpty());
		assertThat(UUID.fromString(api.get("/api/v1/catalog/entities").json()
			.at("/items/0/metadata/annotations/agentcore.dev~1gateway-id").asString())).isNotNull();
	}

}
