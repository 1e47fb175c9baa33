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
import dev.agentcore.controlplane.support.RawHttp;
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
		assertProblem(http.get("/no-such-page", token), 404, "NOT_FOUND");
	}

	/** Issue #11: deny by default; a path nobody permitted is refused, not served. */
	@Test
	void pathsOutsideThePermittedOnesAreDeniedByDefault() {
		assertProblem(http.get("/no-such-page", null), 401, "UNAUTHORIZED");
		assertProblem(http.get("/actuator/env", null), 401, "UNAUTHORIZED");
	}

	/** Issue #11: YAML (or XML) bodies are not read at all. */
	@Test
	void onlyJsonBodiesAreRead() {
		assertProblem(http.send("POST", ECHO, token, "application/yaml", "name: a\ncolour: red\n"), 415, "UNSUPPORTED_MEDIA_TYPE");
		assertProblem(http.send("POST", ECHO, token, "application/xml", "<r><name>a</name></r>"), 415, "UNSUPPORTED_MEDIA_TYPE");
	}

	/** Issue #11: numbers and booleans are not strings, strings are not numbers, fractions are not integers. */
	@Test
	void scalarsAreNotCoerced() {
		for (String body : new String[] { "{\"name\": 5}", "{\"name\": true}", "{\"name\": 1.5}", "{\"tags\": [\"a\", 7]}",
				"{\"name\": \"a\", \"settings\": {\"size\": \"5\"}}", "{\"name\": \"a\", \"settings\": {\"size\": 5.5}}",
				"{\"name\": \"a\", \"kind\": 0}" }) {
			assertProblem(http.postJson(ECHO, token, body), 400, "VALIDATION_FAILED");
		}
	}

	/** Issue #11: a property given twice is refused, not silently the last one. */
	@Test
	void duplicatePropertiesAreRefused() {
		JsonNode problem = assertProblem(http.postJson(ECHO, token, "{\"name\": \"a\", \"name\": \"b\"}"), 400, "MALFORMED_JSON");
		assertThat(problem.get("detail").asString()).contains("twice");
	}

	/** Issue #11: control characters (a NUL reached PostgreSQL as a 500) are refused naming the field. */
	@Test
	void controlCharactersAreRefusedNamingTheField() {
		JsonNode value = assertProblem(http.postJson(ECHO, token, "{\"name\": \"a\\u0000b\"}"), 400, "VALIDATION_FAILED");
		assertThat(value.at("/errors/0/field").asString()).isEqualTo("name");
		assertThat(value.at("/errors/0/message").asString()).contains("control characters");
		JsonNode element = assertProblem(http.postJson(ECHO, token, "{\"name\": \"a\", \"tags\": [\"ok\", \"\\u0001\"]}"), 400,
				"VALIDATION_FAILED");
		assertThat(element.at("/errors/0/field").asString()).isEqualTo("tags[1]");
		JsonNode key = assertProblem(http.postJson(ECHO, token, "{\"name\": \"a\", \"labels\": {\"k\\u0000\": \"v\"}}"), 400,
				"VALIDATION_FAILED");
		assertThat(key.at("/errors/0/field").asString()).startsWith("labels");
		assertThat(http.postJson(ECHO, token, "{\"name\": \"a\", \"tags\": [\"tab\\tand\\nnewline\"]}").status()).isEqualTo(200);
		JsonNode query = assertProblem(http.get("/api/v1/gateways?name=a%00b", token), 400, "VALIDATION_FAILED");
		assertThat(query.at("/errors/0/field").asString()).isEqualTo("name");
	}

	/** Issue #11, finding 8: Accept is negotiated before the handler runs, and 406/415 are never kept for a key. */
	@Test
	void notAcceptableAndUnsupportedAreDecidedBeforeAnythingChanges() {
		String name = "Accept-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		String body = dev.agentcore.controlplane.support.Fixtures.openGateway(name);
		Http.Response xml = http.send("POST", "/api/v1/gateways", token, "application/json", body,
				Map.of("Accept", "application/xml", "Idempotency-Key", name));
		assertProblem(xml, 406, "NOT_ACCEPTABLE");
		assertThat(http.get("/api/v1/gateways?name=" + name, token).json().get("items").size()).as("nothing was saved").isZero();
		Http.Response text = http.send("POST", "/api/v1/gateways", token, "text/plain", body, Map.of("Idempotency-Key", name));
		assertProblem(text, 415, "UNSUPPORTED_MEDIA_TYPE");
		Http.Response retried = http.send("POST", "/api/v1/gateways", token, "application/json", body,
				Map.of("Accept", "application/json", "Idempotency-Key", name));
		assertThat(retried.status()).as(retried.body()).isEqualTo(202);
		assertThat(retried.header("Idempotent-Replayed")).isEmpty();
		assertThat(http.send("GET", "/api/v1/me", token, null, null, Map.of("Accept", "application/*;q=0.5, text/html")).status())
			.isEqualTo(200);
	}

	/** Issue #11: the error page asked for directly is a 404 problem, and not part of the API document. */
	@Test
	void theErrorPageItselfIsNotServed() {
		assertProblem(http.get("/error", null), 404, "NOT_FOUND");
		assertProblem(http.get("/error", token), 404, "NOT_FOUND");
		assertThat(http.get("/v3/api-docs", null).json().at("/paths/~1error").isMissingNode()).isTrue();
	}

	/** Issue #11: what Tomcat refuses itself is a problem too; real-sized tokens fit in a header. */
	@Test
	void tomcatsOwnRefusalsAreProblemsAndLargeTokensFit() {
		String oversized = RawHttp.exchange(port, "GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
				+ "a".repeat(70 * 1024) + "\r\nConnection: close\r\n\r\n");
		assertThat(oversized).startsWith("HTTP/1.1 400").containsIgnoringCase("content-type: application/problem+json")
			.contains("\"code\":\"BAD_REQUEST\"").doesNotContainIgnoringCase("<html");
		String malformed = RawHttp.exchange(port, "GET /api/v1/gateways/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(malformed).startsWith("HTTP/1.1 400").containsIgnoringCase("content-type: application/problem+json")
			.doesNotContainIgnoringCase("<html");
		Http.Response large = http.get("/api/v1/me", "a".repeat(40 * 1024));
		assertProblem(large, 401, "INVALID_TOKEN");
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
			List<String> tags, Map<String, String> labels) {
	}

	record Settings(@Max(10) Integer size) {
	}

}
