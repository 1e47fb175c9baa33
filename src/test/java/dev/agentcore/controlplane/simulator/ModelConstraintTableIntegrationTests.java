package dev.agentcore.controlplane.simulator;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.ConfigurableApplicationContext;

import dev.agentcore.controlplane.servicemodel.ConstraintCase;
import dev.agentcore.controlplane.servicemodel.ConstraintCases;
import dev.agentcore.controlplane.servicemodel.ModelValidator;
import dev.agentcore.controlplane.servicemodel.ServiceModel;
import dev.agentcore.controlplane.servicemodel.ViolatingRequests;
import dev.agentcore.controlplane.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model-driven constraint table, the simulator's half: for every constraint the model data
 * declares on the input of the operations below, one request that breaks it, sent over HTTP to the
 * simulated AgentCore, is refused with {@code ValidationException} whose {@code fieldList} names
 * the member and the constraint. Rows come from the data, so a regenerated model brings its rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelConstraintTableIntegrationTests {

	static final List<String> OPERATIONS = List.of("CreateGateway", "UpdateGateway", "CreateGatewayTarget",
			"UpdateGatewayTarget", "CreatePolicyEngine", "CreatePolicy", "UpdatePolicy");

	static final ServiceModel MODEL = ServiceModel.agentCore();

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** URI labels of the operations above, valid. */
	static final Map<String, String> LABELS = Map.of("gatewayIdentifier", "payments-a1b2c3d4e5", "targetId", "A1B2C3D4E5",
			"policyEngineId", "engine-a1b2c3d4e5", "policyId", "policy-a1b2c3d4e5");

	ConfigurableApplicationContext simulator;

	Http wire;

	@BeforeAll
	void startSimulator() {
		simulator = AgentCoreSimulator.run("--server.port=0");
		wire = new Http(Integer.parseInt(simulator.getEnvironment().getProperty("local.server.port")));
	}

	@AfterAll
	void stopSimulator() {
		simulator.close();
	}

	static Stream<ConstraintCase> constraints() {
		ConstraintCases cases = new ConstraintCases(MODEL);
		return OPERATIONS.stream().flatMap(operation -> cases.of(operation).stream())
			.filter(row -> !(row.location().equals("uri") && row.kind().equals("required")));
	}

	@Test
	void theValidBodiesBreakNoConstraintOfTheModel() {
		ModelValidator validator = new ModelValidator(MODEL);
		for (String operation : OPERATIONS) {
			assertThat(validator.body(operation, ValidBodies.of(operation))).as(operation).isEmpty();
		}
	}

	@Test
	void everyOperationHasRows() {
		Map<String, Long> rows = constraints().collect(java.util.stream.Collectors.groupingBy(ConstraintCase::operation,
				java.util.stream.Collectors.counting()));
		assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(OPERATIONS);
		assertThat(rows.values().stream().mapToLong(Long::longValue).sum()).isGreaterThan(500);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("constraints")
	void aRequestBreakingTheConstraintIsAValidationExceptionNamingTheMember(ConstraintCase row) {
		ViolatingRequests requests = new ViolatingRequests(MODEL);
		String label = row.location().equals("uri") ? requests.label(row) : null;
		ObjectNode body = row.location().equals("uri") ? ValidBodies.of(row.operation())
				: requests.body(ValidBodies.of(row.operation()), row);
		var operation = MODEL.operation(row.operation());
		String path = AgentCoreWireController.BASE_PATH + uri(operation.uri(), row.location().equals("uri") ? row.fieldName() : null, label);

		Http.Response response = wire.send(operation.method(), path, null, "application/json", JSON.writeValueAsString(body));

		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.header("x-amzn-ErrorType")).hasValue("ValidationException");
		JsonNode fields = response.json().path("fieldList");
		assertThat(fields.valueStream()
			.filter(field -> field.path("name").asString().equals(row.fieldName()))
			.map(field -> field.path("message").asString())
			.toList()).as(response.body()).anyMatch(message -> message.contains(wording(row.kind())));
	}

	static String uri(String template, String brokenLabel, String brokenValue) {
		String uri = template;
		for (Map.Entry<String, String> label : LABELS.entrySet()) {
			uri = uri.replace("{" + label.getKey() + "}", label.getKey().equals(brokenLabel) ? brokenValue : label.getValue());
		}
		return uri;
	}

	static String wording(String kind) {
		return switch (kind) {
			case "required" -> "must not be null";
			case "length" -> "must have length";
			case "range" -> "must have value";
			case "pattern" -> "regular expression pattern";
			case "enum" -> "enum value set";
			case "unique" -> "unique items";
			default -> throw new IllegalArgumentException(kind);
		};
	}

}
