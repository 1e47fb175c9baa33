package dev.agentcore.controlplane.provisioning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.agentcore.controlplane.support.SimulatedAwsTests;

import static dev.agentcore.controlplane.provisioning.PreflightIntegrationTests.TRUSTS_AGENTCORE;
import static dev.agentcore.controlplane.provisioning.PreflightIntegrationTests.gatewayWithRole;
import static dev.agentcore.controlplane.provisioning.PreflightIntegrationTests.invoke;
import static dev.agentcore.controlplane.provisioning.PreflightIntegrationTests.role;
import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * POST to READY against the simulated AgentCore with no transition delay, at AgentCore's own quotas (issue #27),
 * counted rather than timed: the pass that creates a gateway sees it READY (no round trip through the queue for the
 * first look), reads back nothing the create carried (its tags: a read that waited a slot of the read quota), and the
 * preflight of the next gateway on the same role asks IAM nothing it answered moments ago.
 */
class PostToReadyIntegrationTests extends SimulatedAwsTests {

	@DynamicPropertySource
	static void agentCoresQuotas(DynamicPropertyRegistry registry) {
		registry.add("controlplane.provisioning.mutating-tps", () -> "5");
		registry.add("controlplane.provisioning.read-tps", () -> "10");
	}

	@Autowired
	MeterRegistry meters;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aGatewayIsReadyInThePassThatCreatesItWithoutReadingItsTagsBack() {
		long passes = gatewayPasses();
		long looks = calls("GetGateway");
		long tagReads = calls("ListTagsForResource");
		String id = post("/api/v1/gateways", """
				{"name": "%s", "roleArn": "arn:aws:iam::123456789012:role/AgentCoreGatewayRole",
				 "authorizer": {"type": "NONE"}, "tags": {"cost-center": "42"}}""".formatted(unique("Quick")));
		JsonNode ready = awaitPhase("/api/v1/gateways/" + id, "READY");
		await(() -> gatewayPasses() > passes ? true : null);
		sleep(Duration.ofMillis(300));

		assertThat(gatewayPasses() - passes).as("reconciles from POST to READY").isEqualTo(1);
		assertThat(calls("GetGateway") - looks).as("looks at the gateway AgentCore is creating").isEqualTo(1);
		assertThat(calls("ListTagsForResource") - tagReads).as("tag reads right after CreateGateway carried them").isZero();
		assertThat(phaseChanges(id)).contains("PENDING -> CREATING", "CREATING -> READY");
		assertThat(agentCore.listTagsForResource(r -> r.resourceArn(ready.at("/aws/gatewayArn").asString())).tags())
			.containsEntry("cost-center", "42");
	}

	@Test
	void theNextGatewayOnTheSameRoleAsksIamNothingItAnsweredMomentsAgo() {
		String role = role(TRUSTS_AGENTCORE, invoke("weather"));
		String first = post("/api/v1/gateways", gatewayWithRole(unique("First"), role));
		awaitPhase("/api/v1/gateways/" + first, "READY");
		long roleReads = calls("GetRole");
		long simulations = calls("SimulatePrincipalPolicy");

		String second = post("/api/v1/gateways", gatewayWithRole(unique("Second"), role));
		awaitPhase("/api/v1/gateways/" + second, "READY");

		assertThat(calls("GetRole") - roleReads).as("GetRole of the role checked moments ago").isZero();
		assertThat(calls("SimulatePrincipalPolicy") - simulations).as("iam:PassRole simulated moments ago").isZero();
		assertThat(awsCalls(second)).anySatisfy(call -> assertThat(call).startsWith("Preflight")
			.contains("trusts bedrock-agentcore.amazonaws.com for this gateway").contains("may pass it"));
	}

	@Test
	void gatewaysDeclaredBehindTheQuotaAreQueuedForTheirTurnsAndCreatedThereInOnePassEach() {
		long passes = gatewayPasses();
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			ids.add(post("/api/v1/gateways", """
					{"name": "%s", "roleArn": "arn:aws:iam::123456789012:role/AgentCoreGatewayRole",
					 "authorizer": {"type": "NONE"}}""".formatted(unique("Queued"))));
		}
		// The last one also records a warning (a resource policy open to anyone) in its declaring transaction.
		ids.add(post("/api/v1/gateways", """
				{"name": "%s", "roleArn": "arn:aws:iam::123456789012:role/AgentCoreGatewayRole",
				 "authorizer": {"type": "NONE"}, "resourcePolicy": {"Version": "2012-10-17", "Statement": {"Effect": "Allow",
				 "Principal": "*", "Action": "bedrock-agentcore:InvokeGateway", "Resource": "*"}}}""".formatted(unique("Open"))));
		String last = ids.getLast();

		// Five changes a second: the last is a second behind the first, queued for its turn as it was declared.
		assertThat(api.get("/api/v1/gateways/" + last).json().at("/status/message").asString())
			.isEqualTo("Waiting for its turn at AgentCore's quota of 5.0 changes a second (other changes are ahead of it).");
		assertThat(jdbc.sql("select execution_time > now() from scheduled_tasks where task_instance = ?")
			.param("gateway:" + last)
			.query(Boolean.class)
			.single()).as("due at its turn, not now (its warning did not make it due)").isTrue();
		assertThat(events(last, "WARNING")).isNotEmpty();
		for (String id : ids) {
			awaitPhase("/api/v1/gateways/" + id, "READY");
		}
		await(() -> gatewayPasses() - passes >= ids.size() ? true : null);
		sleep(Duration.ofMillis(300));

		assertThat(gatewayPasses() - passes).as("reconciles: one each, none only to learn its turn").isEqualTo(ids.size());
	}

	long gatewayPasses() {
		return meters.find("controlplane.reconcile.duration").tag("kind", "gateway").timers().stream()
			.mapToLong(Timer::count).sum();
	}

	List<String> phaseChanges(String gateway) {
		return events(gateway, "PHASE_CHANGED").stream().map(message -> message.replaceAll(":.*", "")).toList();
	}

	List<String> awsCalls(String gateway) {
		return events(gateway, "AWS_CALL");
	}

	List<String> events(String gateway, String type) {
		return api.get("/api/v1/gateways/" + gateway + "/events?limit=200").json().get("items").valueStream()
			.filter(event -> event.get("type").asString().equals(type))
			.map(event -> event.get("message").asString())
			.toList();
	}

}
