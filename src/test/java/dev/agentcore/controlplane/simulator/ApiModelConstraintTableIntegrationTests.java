package dev.agentcore.controlplane.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.agentcore.controlplane.servicemodel.ConstraintCase;
import dev.agentcore.controlplane.servicemodel.ViolatingRequests;
import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.TestIssuer;

import static dev.agentcore.controlplane.support.Fixtures.unique;
import static dev.agentcore.controlplane.support.JsonEdits.string;
import static dev.agentcore.controlplane.support.JsonEdits.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model-driven constraint table, our API's half: every row of
 * {@link ModelConstraintTableIntegrationTests} whose member our API expresses ({@link ApiMembers})
 * is sent to our API with the same value just outside the constraint, and refused with a 400 that
 * names our field; every other row is listed in {@link ApiMembers#NOT_EXPRESSED} with the reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "controlplane.provisioning.enabled=false", "controlplane.idp.allow-private-networks=true" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiModelConstraintTableIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	Api api;

	Map<String, String> bases;

	Map<String, String> endpoints = new java.util.HashMap<>();

	@BeforeAll
	void profileGatewayEngineAndBases() {
		api = Api.asTeam(port, unique("team"));
		Http.Response profile = api.post("/api/v1/idp-profiles", """
				{"name": "%s", "provider": "OIDC", "discoveryUrl": "%s/.well-known/openid-configuration", "allowedScopes": ["tools:read"]}"""
			.formatted(unique("p"), TestIssuer.get().issuer()));
		assertThat(profile.status()).as(profile.body()).isEqualTo(201);
		bases = ApiMembers.bases(profile.json().get("id").asString());
		String gateway = api.post("/api/v1/gateways", """
				{"name": "%s", "roleArn": "arn:aws:iam::123456789012:role/gateway", "authorizer": {"type": "NONE"}}"""
			.formatted(unique("Rows"))).json().get("id").asString();
		String engine = api.post("/api/v1/policy-engines", "{\"name\": \"" + name("ENGINE") + "\"}").json().get("id").asString();
		bases.keySet().forEach(base -> endpoints.put(base, "/api/v1/gateways/" + gateway + "/targets"));
		endpoints.put("GATEWAY", "/api/v1/gateways");
		endpoints.put("ENGINE", "/api/v1/policy-engines");
		endpoints.put("POLICY", "/api/v1/policy-engines/" + engine + "/policies");
		for (String base : bases.keySet()) {
			if (endpoints.get(base).endsWith("/targets")) {
				String name = name(base);
				Http.Response target = api.post(endpoints.get(base), bases.get(base).replace("\"valid\"", string(name)));
				assertThat(target.status()).as(base + ": " + target.body()).isEqualTo(202);
				existingTargets.put(base, new String[] { target.json().get("id").asString(), name });
			}
		}
	}

	/** A target per target base, that UpdateGatewayTarget rows are sent to (our API looks the target up first). */
	Map<String, String[]> existingTargets = new java.util.HashMap<>();

	private Http.Response update(String base, String body) {
		String[] target = existingTargets.get(base);
		if (target == null) {
			return api.put(endpoints.get(base) + "/" + UUID.randomUUID(), "\"0\"", body);
		}
		String path = endpoints.get(base) + "/" + target[0];
		String etag = api.get(path).header("ETag").orElseThrow();
		return api.put(path, etag, body.replace("\"valid\"", string(target[1])));
	}

	/** A fresh name of the kind the base takes (engines and policies: underscores, no hyphens). */
	static String name(String base) {
		String name = unique("valid");
		return base.equals("ENGINE") || base.equals("POLICY") ? name.replace('-', '_') : name;
	}

	static Stream<ConstraintCase> expressed() {
		return ModelConstraintTableIntegrationTests.constraints().filter(row -> ApiMembers.reason(row) == null && ApiMembers.of(row) != null);
	}

	@Test
	void everyRowIsExpressedThroughOurApiOrListedWithItsReason() {
		List<String> neither = new ArrayList<>();
		ModelConstraintTableIntegrationTests.constraints().forEach(row -> {
			if (ApiMembers.reason(row) == null && ApiMembers.of(row) == null) {
				neither.add(row.toString());
			}
		});
		assertThat(neither).isEmpty();
	}

	@Test
	void theValidBodiesAreAccepted() {
		for (Map.Entry<String, String> base : bases.entrySet()) {
			Http.Response response = send(base.getKey(), base.getValue());
			assertThat(response.status()).as(base.getKey() + ": " + response.body()).isIn(201, 202);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("expressed")
	void aRequestBreakingTheConstraintIsRefusedNamingOurField(ConstraintCase row) {
		ApiMembers.Field field = ApiMembers.of(row);
		String value = row.kind().equals("required") ? null : JSON.writeValueAsString(apiValue(row, field));
		String pointer = field.pointer();
		String name = field.name();
		if (row.path().get(row.path().size() - 1).type().equals("key")) {
			String key = new ViolatingRequests(ModelConstraintTableIntegrationTests.MODEL).value(row).asString();
			pointer = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
			name = name + "[" + key + "]";
			value = "\"v\"";
		}
		String body = with(bases.get(field.base()), pointer, value);
		boolean update = row.operation().startsWith("Update");
		Http.Response response = update ? update(field.base(), body) : send(field.base(), body);

		assertThat(response.status()).as(body + " -> " + response.body()).isEqualTo(400);
		assertThat(response.json().path("errors").valueStream().map(error -> error.path("field").asString()).toList())
			.as(response.body()).contains(name);
	}

	private JsonNode apiValue(ConstraintCase row, ApiMembers.Field field) {
		if (field.item() != null && (row.kind().equals("length") || row.kind().equals("unique"))) {
			JsonNode generated = new ViolatingRequests(ModelConstraintTableIntegrationTests.MODEL).value(row);
			var items = JSON.createArrayNode();
			for (int i = 0; i < generated.size(); i++) {
				items.add(JSON.readTree(field.item()));
			}
			return items;
		}
		return new ViolatingRequests(ModelConstraintTableIntegrationTests.MODEL).value(row);
	}

	private Http.Response send(String base, String body) {
		return api.post(endpoints.get(base), body.replace("\"valid\"", string(name(base))));
	}

}
