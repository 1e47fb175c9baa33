package dev.agentcore.controlplane.gateway;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

import dev.agentcore.controlplane.account.Placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A gateway attaches only a policy engine of its own account and region. */
class PlacedReferencesTests {

	private static final Placement SECOND = new Placement("210987654321", "eu-west-1");

	private static final UUID OURS = UUID.randomUUID();

	private static final UUID THEIRS = UUID.randomUUID();

	private final GatewayReferences references = new GatewayReferences(null, new PolicyEngineAttachments() {

		@Override
		public void checkAttachment(String team, Gateway current, GatewaySpec next, boolean acknowledgeDenyAll) {
		}

		@Override
		public Optional<Placement> placementOf(UUID engineId) {
			return engineId.equals(OURS) ? Optional.of(Placement.OWN) : engineId.equals(THEIRS) ? Optional.of(SECOND)
					: Optional.empty();
		}

	});

	@Test
	void aPlacedGatewayAttachingAnEngineOfOurOwnAccountIsRefusedNamingTheFieldAndTheFix() {
		assertThatThrownBy(() -> references.checkPlacement(SECOND, spec(byId(OURS))))
			.isInstanceOfSatisfying(ErrorResponseException.class, problem -> {
				assertThat(problem.getStatusCode().value()).isEqualTo(409);
				assertThat(problem.getBody().getProperties()).containsEntry("code", "POLICY_ENGINE_NOT_IN_PLACEMENT");
				assertThat(problem.getBody().getDetail()).contains("policyEngine.policyEngineId",
						"\"placement\": {\"accountId\": \"210987654321\", \"region\": \"eu-west-1\"}");
			});
	}

	@Test
	void aGatewayOfOurOwnAccountAttachingAPlacedEngineIsRefused() {
		assertThatThrownBy(() -> references.checkPlacement(Placement.OWN, spec(byId(THEIRS))))
			.isInstanceOfSatisfying(ErrorResponseException.class,
					problem -> assertThat(problem.getBody().getDetail()).contains("210987654321/eu-west-1",
							"one declared without a placement"));
		assertThatThrownBy(() -> references.checkPlacement(null, spec(byId(THEIRS))))
			.isInstanceOf(ErrorResponseException.class);
	}

	@Test
	void anEngineWhereTheGatewayIsByIdOrAnyByArnIsNotRefused() {
		assertThatCode(() -> references.checkPlacement(SECOND, spec(byId(THEIRS)))).doesNotThrowAnyException();
		assertThatCode(() -> references.checkPlacement(Placement.OWN, spec(byId(OURS)))).doesNotThrowAnyException();
		String arn = "arn:aws:bedrock-agentcore:eu-west-1:210987654321:policy-engine/orders-a1b2c3d4e5";
		assertThatCode(() -> references.checkPlacement(SECOND,
				spec(new GatewayMembers.PolicyEngine(arn, GatewayMembers.PolicyEngineMode.ENFORCE)))).doesNotThrowAnyException();
		assertThatCode(() -> references.checkPlacement(SECOND, spec(null))).doesNotThrowAnyException();
	}

	private static GatewayMembers.PolicyEngine byId(UUID id) {
		return new GatewayMembers.PolicyEngine(null, id, GatewayMembers.PolicyEngineMode.ENFORCE);
	}

	private static GatewaySpec spec(GatewayMembers.PolicyEngine engine) {
		return new GatewaySpec(null, "arn:aws:iam::210987654321:role/GatewayRole",
				new GatewaySpec.Authorizer(GatewaySpec.AuthorizerType.NONE, null, null), null, null, null, Map.of(), null,
				engine, null);
	}

}
