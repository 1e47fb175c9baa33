package dev.agentcore.controlplane.account;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlacementRulesTests {

	private static final Account PAYMENTS = account("210987654321", List.of("us-east-1", "eu-west-1"), "payments");

	private static final Account SHARED = account("310987654321", List.of("eu-central-1"), "payments", "orders");

	@Test
	void leftOutItIsTheTeamsSingleAccountInItsFirstRegion() {
		assertThat(PlacementRules.resolve("orders", null, List.of(SHARED)))
			.isEqualTo(new Placement("310987654321", "eu-central-1"));
	}

	@Test
	void leftOutWithNoneOrSeveralAccountsItIsTheControlPlanesOwn() {
		assertThat(PlacementRules.resolve("search", null, List.of())).isEqualTo(Placement.OWN);
		assertThat(PlacementRules.resolve("payments", null, List.of(PAYMENTS, SHARED))).isEqualTo(Placement.OWN);
	}

	@Test
	void anAccountAndRegionThatAllowTheTeamIsTaken() {
		Placement wanted = new Placement("210987654321", "eu-west-1");
		assertThat(PlacementRules.resolve("payments", wanted, List.of(PAYMENTS, SHARED))).isEqualTo(wanted);
	}

	@Test
	void aRegionTheAccountDoesNotHoldIsRefusedNamingWhatTheTeamMayUse() {
		assertThatThrownBy(() -> PlacementRules.resolve("payments", new Placement("210987654321", "ap-south-1"),
				List.of(PAYMENTS)))
			.isInstanceOfSatisfying(ErrorResponseException.class, problem -> {
				assertThat(problem.getStatusCode().value()).isEqualTo(403);
				assertThat(problem.getBody().getProperties()).containsEntry("code", "PLACEMENT_NOT_ALLOWED");
				assertThat(problem.getBody().getDetail()).contains("210987654321 (us-east-1, eu-west-1)");
			});
	}

	@Test
	void anAccountThatDoesNotNameTheTeamIsRefused() {
		// The caller's usable accounts never hold PAYMENTS for "orders"; one that slipped in is refused all the same.
		assertThatThrownBy(() -> PlacementRules.resolve("orders", new Placement("210987654321", "us-east-1"),
				List.of(PAYMENTS)))
			.isInstanceOfSatisfying(ErrorResponseException.class,
					problem -> assertThat(problem.getBody().getProperties()).containsEntry("code", "PLACEMENT_NOT_ALLOWED"));
		assertThatThrownBy(() -> PlacementRules.resolve("orders", new Placement("210987654321", "us-east-1"), List.of()))
			.isInstanceOf(ErrorResponseException.class);
	}

	@Test
	void anAccountBeingDeletedTakesNoNewGateways() {
		Account leaving = account("410987654321", List.of("us-east-1"), "payments");
		leaving.requestDeletion("admin");
		assertThatThrownBy(() -> PlacementRules.resolve("payments", new Placement("410987654321", "us-east-1"),
				List.of(leaving)))
			.isInstanceOf(ErrorResponseException.class);
	}

	private static Account account(String id, List<String> regions, String... teams) {
		return Account.declare(id, new AccountSpec(regions, "arn:aws:iam::" + id + ":role/Access", "x1", List.of(teams)),
				"admin");
	}

}
