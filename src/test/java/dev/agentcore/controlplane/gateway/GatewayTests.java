package dev.agentcore.controlplane.gateway;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.ProblemDetail;

import dev.agentcore.controlplane.account.Placement;
import dev.agentcore.controlplane.gateway.GatewaySpec.Authorizer;
import dev.agentcore.controlplane.gateway.GatewaySpec.AuthorizerType;
import dev.agentcore.controlplane.resource.Lifecycle;
import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceAccepted;
import dev.agentcore.controlplane.resource.ResourceChanged;
import dev.agentcore.controlplane.resource.ResourceRef;
import dev.agentcore.controlplane.resource.ResourceStatus;
import dev.agentcore.controlplane.resource.ResourceType;

import static dev.agentcore.controlplane.support.ProblemAssertions.code;
import static dev.agentcore.controlplane.support.ProblemAssertions.codeOf;
import static dev.agentcore.controlplane.support.ProblemAssertions.problemOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The gateway aggregate guards its own transitions; no Spring, no database. */
class GatewayTests {

	static final UUID PROFILE = UUID.fromString("0190f5a2-7c4e-7d2a-9b1e-3f2a1c0d4e5f");

	static final UUID OTHER_PROFILE = UUID.fromString("0190f5a2-7c4e-7d2a-9b1e-3f2a1c0d4e60");

	static final Instant LAST_WEEK = Instant.parse("2025-01-01T10:00:00.123456Z");

	@Test
	void declaredGatewayIsPendingAtGenerationOneWithNothingInAws() {
		Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
		GatewaySpec spec = jwtSpec(PROFILE);
		Gateway gateway = Gateway.declare("team-a", "orders", spec, Placement.OWN, "alice");
		assertThat(gateway.id()).isNotNull();
		assertThat(gateway.id().version()).as("UUIDv7, ordered by creation").isEqualTo(7);
		assertThat(gateway.team()).isEqualTo("team-a");
		assertThat(gateway.name()).isEqualTo("orders");
		assertThat(gateway.spec()).isSameAs(spec);
		assertThat(gateway.idpProfileId()).as("the authorizer's profile, kept as a column").isEqualTo(PROFILE);
		assertThat(gateway.generation()).isEqualTo(1);
		assertThat(gateway.version()).as("not saved yet").isZero();
		assertThat(gateway.createdBy()).isEqualTo("alice");
		assertThat(gateway.createdAt()).isEqualTo(gateway.updatedAt()).isBetween(before, Instant.now());
		assertThat(gateway.createdAt().getNano() % 1000).as("microsecond precision, as PostgreSQL keeps it").isZero();
		assertThat(gateway.status()).isEqualTo(ResourceStatus.accepted());
		assertThat(gateway.status().phase()).isEqualTo(Phase.PENDING);
		assertThat(gateway.status().observedGeneration()).isZero();
		assertThat(gateway.status().message()).isEqualTo(ResourceStatus.ACCEPTED);
		assertThat(gateway.deletionRequested()).isFalse();
		assertThat(gateway.lifecycle().deletionRequestedAt()).isNull();
		assertThat(gateway.cascadeDelete()).isFalse();
		assertThat(gateway.targetCount()).isZero();
		assertThat(gateway.aws()).isEqualTo(new AwsGateway(null, null, null, null, List.of(), null));
		assertThat(gateway.lifecycle().createToken()).isNull();
		assertThat(gateway.createPendingAt()).isNull();
	}

	@Test
	void declaredGatewaysGetTheirOwnIds() {
		assertThat(Gateway.declare("t", "a", openSpec("one"), Placement.OWN, "x").id())
			.isNotEqualTo(Gateway.declare("t", "a", openSpec("one"), Placement.OWN, "x").id());
	}

	@Test
	void aDeclarationSaysWhereTheGatewayIsCreatedSoItsTurnAtThatQuotaIsGivenAsItIsQueued() {
		Placement placed = new Placement("210987654321", "eu-west-1");
		assertThat(Gateway.declare("t", "placed", openSpec("p"), placed, "x").domainEvents())
			.filteredOn(ResourceAccepted.class::isInstance)
			.map(event -> ((ResourceAccepted) event).createdIn())
			.containsExactly(new ResourceChanged.CreatedIn("210987654321", "eu-west-1"));
		assertThat(Gateway.declare("t", "own", openSpec("o"), Placement.OWN, "x").domainEvents())
			.filteredOn(ResourceAccepted.class::isInstance)
			.map(event -> ((ResourceAccepted) event).createdIn())
			.containsExactly(ResourceChanged.CreatedIn.OWN);
	}

	@Test
	void gatewayWithoutJwtAuthorizerHasNoProfile() {
		assertThat(Gateway.declare("team-a", "open", openSpec("d"), Placement.OWN, "alice").idpProfileId()).isNull();
	}

	@Test
	void refIsTheGatewaysOwnHistory() {
		Gateway gateway = storedGateway(jwtSpec(PROFILE));
		assertThat(gateway.ref()).isEqualTo(new ResourceRef(ResourceType.GATEWAY, gateway.id(), gateway.id(), "team-a"));
	}

	@Test
	void equalSpecIsNoChange() {
		Gateway gateway = storedGateway(jwtSpec(PROFILE));
		GatewaySpec current = gateway.spec();
		assertThat(gateway.respecify("orders", jwtSpec(PROFILE), "bob")).as("an equal spec, not the same instance").isFalse();
		assertThat(gateway.spec()).isSameAs(current);
		assertThat(gateway.generation()).isEqualTo(4);
		assertThat(gateway.updatedAt()).isEqualTo(LAST_WEEK);
		assertThat(gateway.idpProfileId()).isEqualTo(PROFILE);
	}

	@Test
	void changedSpecBumpsGenerationAndUpdatedAt() {
		Gateway gateway = storedGateway(jwtSpec(PROFILE));
		GatewaySpec changed = new GatewaySpec("new description", "arn:aws:iam::123456789012:role/gateway",
				new Authorizer(AuthorizerType.CUSTOM_JWT, PROFILE), null, null, null, Map.of());
		assertThat(gateway.respecify("orders", changed, "bob")).isTrue();
		assertThat(gateway.spec()).isEqualTo(changed);
		assertThat(gateway.generation()).isEqualTo(5);
		assertThat(gateway.updatedAt()).isAfter(LAST_WEEK).isCloseTo(Instant.now(), within(5, ChronoUnit.SECONDS));
		assertThat(gateway.createdAt()).as("creation stays").isEqualTo(LAST_WEEK.minus(7, ChronoUnit.DAYS));
		assertThat(gateway.version()).as("the repository bumps the version on save, not the aggregate").isEqualTo(3);
		assertThat(gateway.status().phase()).as("status is the provisioner's").isEqualTo(Phase.READY);
	}

	@Test
	void everyChangeIsANewGeneration() {
		Gateway gateway = storedGateway(openSpec("one"));
		assertThat(gateway.respecify("orders", openSpec("two"), "bob")).isTrue();
		assertThat(gateway.respecify("orders", openSpec("three"), "bob")).isTrue();
		assertThat(gateway.respecify("orders", openSpec("three"), "bob")).isFalse();
		assertThat(gateway.generation()).isEqualTo(6);
	}

	@Test
	void anotherProfileOfTheSameTypeIsAcceptedAndKeptAsTheColumn() {
		Gateway gateway = storedGateway(jwtSpec(PROFILE));
		assertThat(gateway.respecify("orders", jwtSpec(OTHER_PROFILE), "bob")).isTrue();
		assertThat(gateway.idpProfileId()).isEqualTo(OTHER_PROFILE);
		assertThat(gateway.spec().authorizer().idpProfileId()).isEqualTo(OTHER_PROFILE);
	}

	@Test
	void tagsAreCopiedSoTheSpecCannotChangeBehindTheAggregate() {
		java.util.HashMap<String, String> tags = new java.util.HashMap<>(Map.of("env", "prod"));
		GatewaySpec spec = new GatewaySpec(null, "arn:aws:iam::123456789012:role/gateway",
				new Authorizer(AuthorizerType.NONE, null), null, null, null, tags);
		tags.put("env", "dev");
		assertThat(spec.tags()).containsExactly(Map.entry("env", "prod"));
		assertThat(new GatewaySpec(null, null, null, null, null, null, null).tags()).isEmpty();
	}

	@Test
	void nameCannotChange() {
		Gateway gateway = storedGateway(jwtSpec(PROFILE));
		ProblemDetail problem = problemOf(() -> gateway.respecify("renamed", jwtSpec(PROFILE), "bob"));
		assertThat(code(problem)).isEqualTo("NAME_IMMUTABLE");
		assertThat(problem.getStatus()).isEqualTo(409);
		assertThat(problem.getDetail()).contains("'orders'");
		assertUnchanged(gateway);
	}

	@Test
	void authorizerTypeCannotChange() {
		Gateway gateway = storedGateway(jwtSpec(PROFILE));
		ProblemDetail problem = problemOf(() -> gateway.respecify("orders", openSpec("open now"), "bob"));
		assertThat(code(problem)).isEqualTo("AUTHORIZER_TYPE_IMMUTABLE");
		assertThat(problem.getStatus()).isEqualTo(409);
		assertThat(problem.getDetail()).contains("CUSTOM_JWT");
		assertUnchanged(gateway);
		Gateway iam = storedGateway(new GatewaySpec(null, "arn:aws:iam::123456789012:role/gateway",
				new Authorizer(AuthorizerType.AWS_IAM, null), null, null, null, Map.of()));
		assertThat(codeOf(() -> iam.respecify("orders", openSpec("x"), "bob"))).isEqualTo("AUTHORIZER_TYPE_IMMUTABLE");
		assertThat(codeOf(() -> iam.respecify("orders", jwtSpec(PROFILE), "bob"))).isEqualTo("AUTHORIZER_TYPE_IMMUTABLE");
	}

	@Test
	void nameIsCheckedBeforeAuthorizerType() {
		Gateway gateway = storedGateway(jwtSpec(PROFILE));
		assertThat(codeOf(() -> gateway.respecify("renamed", openSpec("x"), "bob"))).isEqualTo("NAME_IMMUTABLE");
	}

	@Test
	void deletingGatewayTakesNoChangeAtAll() {
		Gateway gateway = storedGateway(jwtSpec(PROFILE));
		gateway.requestDeletion(0, "bob");
		Instant requested = gateway.updatedAt();
		ProblemDetail problem = problemOf(() -> gateway.respecify("orders", openSpec("changed"), "bob"));
		assertThat(code(problem)).isEqualTo("GATEWAY_DELETING");
		assertThat(problem.getStatus()).isEqualTo(409);
		assertThat(codeOf(() -> gateway.respecify("orders", jwtSpec(PROFILE), "bob"))).as("even an equal spec")
			.isEqualTo("GATEWAY_DELETING");
		assertThat(codeOf(() -> gateway.respecify("renamed", jwtSpec(PROFILE), "bob"))).as("deletion is checked first")
			.isEqualTo("GATEWAY_DELETING");
		assertThat(codeOf(() -> gateway.checkRespecify("orders", jwtSpec(PROFILE)))).isEqualTo("GATEWAY_DELETING");
		assertThat(gateway.generation()).isEqualTo(4);
		assertThat(gateway.updatedAt()).isEqualTo(requested);
	}

	@Test
	void checkRespecifyRefusesWithoutChangingAnything() {
		Gateway gateway = storedGateway(jwtSpec(PROFILE));
		assertThat(codeOf(() -> gateway.checkRespecify("renamed", jwtSpec(PROFILE)))).isEqualTo("NAME_IMMUTABLE");
		assertThat(codeOf(() -> gateway.checkRespecify("orders", openSpec("x")))).isEqualTo("AUTHORIZER_TYPE_IMMUTABLE");
		gateway.checkRespecify("orders", jwtSpec(OTHER_PROFILE));
		assertUnchanged(gateway);
	}

	@Test
	void deletionRequestIsRecordedWithItsCascade() {
		Gateway gateway = storedGateway(jwtSpec(PROFILE));
		gateway.requestDeletion(2, "bob");
		assertThat(gateway.deletionRequested()).isTrue();
		assertThat(gateway.lifecycle().deletionRequestedAt()).isCloseTo(Instant.now(), within(5, ChronoUnit.SECONDS));
		assertThat(gateway.updatedAt()).as("the change marker moves with the request").isEqualTo(gateway.lifecycle().deletionRequestedAt());
		assertThat(gateway.cascadeDelete()).isTrue();
		assertThat(gateway.generation()).as("the spec did not change").isEqualTo(4);
		Gateway single = storedGateway(jwtSpec(PROFILE));
		single.requestDeletion(0, "bob");
		assertThat(single.deletionRequested()).isTrue();
		assertThat(single.cascadeDelete()).isFalse();
	}

	@Test
	void changedProfileSettingsAreANewGenerationOfTheSameSpec() {
		Gateway gateway = storedGateway(jwtSpec(PROFILE));
		GatewaySpec spec = gateway.spec();
		gateway.authorizerSettingsChanged(PROFILE, "bob");
		assertThat(gateway.generation()).isEqualTo(5);
		assertThat(gateway.updatedAt()).isAfter(LAST_WEEK).isCloseTo(Instant.now(), within(5, ChronoUnit.SECONDS));
		assertThat(gateway.spec()).isSameAs(spec);
		assertThat(gateway.idpProfileId()).isEqualTo(PROFILE);
		gateway.authorizerSettingsChanged(PROFILE, "bob");
		assertThat(gateway.generation()).isEqualTo(6);
	}

	private static void assertUnchanged(Gateway gateway) {
		assertThat(gateway.generation()).isEqualTo(4);
		assertThat(gateway.updatedAt()).isEqualTo(LAST_WEEK);
		assertThat(gateway.name()).isEqualTo("orders");
		assertThat(gateway.spec()).isEqualTo(jwtSpec(PROFILE));
		assertThat(gateway.idpProfileId()).isEqualTo(PROFILE);
		assertThat(gateway.deletionRequested()).isFalse();
	}

	/** A gateway as the repository loads it: saved three times, at generation 4, READY, last changed last week. */
	static Gateway storedGateway(GatewaySpec spec) {
		ResourceStatus ready = new ResourceStatus(Phase.READY, 4, "Ready.", null, 0, null, LAST_WEEK);
		return new Gateway(UUID.fromString("0190f5a2-0000-7000-8000-000000000001"), "team-a", "orders", spec,
				spec.authorizer().idpProfileId(), 3, new Lifecycle(4, LAST_WEEK.minus(7, ChronoUnit.DAYS), LAST_WEEK, null, null,
						null), "alice", ready, false, 2, new AwsGateway("orders-a1b2c3d4e5", "arn:aws:bedrock-agentcore:us-east-1:123456789012:gateway/orders-a1b2c3d4e5",
						"https://orders-a1b2c3d4e5.gateway.bedrock-agentcore.us-east-1.amazonaws.com/mcp", "READY", List.of(), null),
				null);
	}

	static GatewaySpec jwtSpec(UUID profile) {
		return new GatewaySpec("orders gateway", "arn:aws:iam::123456789012:role/gateway",
				new Authorizer(AuthorizerType.CUSTOM_JWT, profile),
				new GatewaySpec.Protocol(List.of("2025-03-26"), "Use the order tools", GatewaySpec.SearchType.SEMANTIC),
				null, GatewaySpec.ExceptionLevel.DEBUG, Map.of("env", "prod"));
	}

	static GatewaySpec openSpec(String description) {
		return new GatewaySpec(description, "arn:aws:iam::123456789012:role/gateway", new Authorizer(AuthorizerType.NONE, null),
				null, null, null, Map.of());
	}

}
