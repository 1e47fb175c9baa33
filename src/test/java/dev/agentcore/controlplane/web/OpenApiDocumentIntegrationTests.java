package dev.agentcore.controlplane.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.agentcore.controlplane.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed {@code openapi/openapi.json} is exactly what the service serves. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiDocumentIntegrationTests {

	static final Path COMMITTED = Path.of("openapi", "openapi.json");

	static final String REFRESH = "./mvnw verify -Dopenapi.refresh=true";

	@LocalServerPort
	int port;

	@Test
	void committedDocumentMatchesTheServedOne() throws IOException {
		Http.Response served = new Http(port).get("/v3/api-docs", null);
		assertThat(served.status()).isEqualTo(200);
		if (Boolean.getBoolean("openapi.refresh")) {
			Files.createDirectories(COMMITTED.getParent());
			Files.writeString(COMMITTED, served.body().strip() + "\n");
		}
		assertThat(COMMITTED).as("openapi/openapi.json is missing; create it with: " + REFRESH).exists();
		JsonMapper json = JsonMapper.builder().build();
		JsonNode committed = json.readTree(Files.readString(COMMITTED));
		assertThat(committed)
			.as("openapi/openapi.json differs from what the service serves; refresh it with: " + REFRESH)
			.isEqualTo(served.json());
	}

	@Test
	void documentDescribesBearerAuthAndProblems() {
		JsonNode document = new Http(port).get("/v3/api-docs", null).json();
		assertThat(document.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
		assertThat(document.at("/components/schemas/Problem/properties/code").isMissingNode()).isFalse();
		JsonNode me = document.at("/paths/~1api~1v1~1me/get");
		assertThat(me.at("/security/0/bearer").isArray()).isTrue();
		assertThat(me.at("/responses/401/content/application~1problem+json/schema/$ref").asString())
			.isEqualTo("#/components/schemas/Problem");
	}

}
