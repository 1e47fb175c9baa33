package dev.agentcore.controlplane.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/** Every error the HTTP layer can give is a problem detail with a stable code and no internals. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProblemDetailsIntegrationTests {

	static final String ECHO = "/api/v1/test-echo";

	@LocalServerPort
	int port;

	Http http;

	String token = TestIssuer.get().token("team-a", "controlplane:write");

	@BeforeEach
	void setUp() {
		http = new Http(port);
	}

	@Test
	void malformedJsonSaysWhere() {
		Http.Response response = http.postJson(ECHO, token, "{\"name\": \"a\",");
		JsonNode problem = assertProblem(response, 400, "MALFORMED_JSON");
		assertThat(problem.get("detail").asString()).contains("not valid JSON").contains("line 1");
	}

	@Test
	void unknownPropertyIsNamedWithItsPath() {
		Http.Response response = http.postJson(ECHO, token,
				"{\"name\": \"a\", \"settings\": {\"size\": 1, \"colour\": \"red\"}}");
		JsonNode problem = assertProblem(response, 400, "UNKNOWN_PROPERTY");
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("settings.colour");
		assertThat(problem.get("detail").asString()).contains("settings.colour");
	}

	@Test
	void wrongTypeNamesFieldAndExpectation() {
		JsonNode problem = assertProblem(http.postJson(ECHO, token, "{\"name\": \"a\", \"settings\": {\"size\": \"big\"}}"),
				400, "VALIDATION_FAILED");
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("settings.size");
		assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("must be a number");
	}

	@Test
	void unknownEnumValueListsTheAllowedOnes() {
		JsonNode problem = assertProblem(http.postJson(ECHO, token, "{\"name\": \"a\", \"kind\": \"SOAP\"}"), 400,
				"VALIDATION_FAILED");
		assertThat(problem.get("errors").get(0).get("message").asString()).contains("'SOAP' is not allowed")
			.contains("OPENAPI, LAMBDA");
	}

	@Test
	void everyViolationIsListedAtOnce() {
		JsonNode problem = assertProblem(http.postJson(ECHO, token, "{\"name\": \"\", \"settings\": {\"size\": 99}}"),
				400, "VALIDATION_FAILED");
		assertThat(problem.get("errors").valueStream().map(error -> error.get("field").asString()))
			.containsExactlyInAnyOrder("name", "name", "settings.size");
	}

	@Test
	void wrongMediaTypeIs415() {
		Http.Response response = http.send("POST", ECHO, token, "text/plain", "name=a");
		assertProblem(response, 415, "UNSUPPORTED_MEDIA_TYPE");
	}

	@Test
	void wrongMethodIs405() {
		Http.Response response = http.send("DELETE", ECHO, token, null, null);
		assertProblem(response, 405, "METHOD_NOT_ALLOWED");
		assertThat(response.header("Allow")).hasValue("POST");
	}

	@Test
	void unknownPathIs404() {
		JsonNode problem = assertProblem(http.get("/api/v1/no-such-thing", token), 404, "NOT_FOUND");
		assertThat(problem.get("detail").asString()).contains("/api/v1/no-such-thing");
		assertProblem(http.get("/no-such-page", null), 404, "NOT_FOUND");
	}

	@Test
	void unexpectedFailureIs500WithoutInternals() {
		JsonNode problem = assertProblem(http.postJson(ECHO, token, "{\"name\": \"explode\"}"), 500, "INTERNAL_ERROR");
		assertThat(problem.get("instance").asString()).isEqualTo(ECHO);
	}

	private static JsonNode assertProblem(Http.Response response, int status, String code) {
		assertThat(response.status()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		JsonNode problem = response.json();
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("code").asString()).isEqualTo(code);
		assertThat(problem.get("type").asString()).startsWith(Problems.TYPE_PREFIX);
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(response.body()).doesNotContain("Exception", "at dev.", "at org.", "java.", "tools.jackson",
				"SQL", "trace");
		return problem;
	}

	@TestConfiguration
	static class EchoConfiguration {

		@Bean
		EchoController echoController() {
			return new EchoController();
		}

	}

	@RestController
	static class EchoController {

		@PostMapping(ECHO)
		Map<String, Object> echo(@Valid @RequestBody EchoRequest request) {
			if ("explode".equals(request.name())) {
				throw new IllegalStateException("secret internal detail at dev.agentcore.Something");
			}
			return Map.of("name", request.name());
		}

	}

	enum Kind {

		OPENAPI, LAMBDA

	}

	record EchoRequest(@NotBlank @Pattern(regexp = "[a-z]+") String name, Kind kind, @Valid Settings settings,
			List<String> tags) {
	}

	record Settings(@Max(10) Integer size) {
	}

}
