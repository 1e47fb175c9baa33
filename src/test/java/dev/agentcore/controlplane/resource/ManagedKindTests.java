package dev.agentcore.controlplane.resource;

import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

import static dev.agentcore.controlplane.support.ProblemAssertions.code;
import static dev.agentcore.controlplane.support.ProblemAssertions.problemOf;
import static org.assertj.core.api.Assertions.assertThat;

/** The problems every kind has, from the kit with the kind's name and the codes the API documents. */
class ManagedKindTests {

	static final ManagedKind ENGINE = new ManagedKind(ResourceType.POLICY_ENGINE, "policy engine", "POLICY_ENGINE", "",
			"in the AWS account, so across all teams");

	static final ManagedKind PROFILE = new ManagedKind(ResourceType.IDP_PROFILE, "IDP profile", "IDP_PROFILE", "",
			"per team");

	static final UUID ID = UUID.fromString("0190f5a2-0000-7000-8000-0000000000aa");

	@Test
	void notFoundIsA404WithTheKindsCodeAndWhereItLives() {
		ProblemDetail problem = problemOf(() -> {
			throw ENGINE.notFound(ID);
		});
		assertThat(problem.getStatus()).isEqualTo(404);
		assertThat(code(problem)).isEqualTo("POLICY_ENGINE_NOT_FOUND");
		assertThat(problem.getDetail()).isEqualTo("There is no policy engine " + ID + ".");
		ManagedKind target = new ManagedKind(ResourceType.TARGET, "target", "TARGET", " in this gateway", "in the gateway");
		assertThat(problemOf(() -> {
			throw target.notFound(ID);
		}).getDetail()).isEqualTo("There is no target " + ID + " in this gateway.");
	}

	@Test
	void nameProblemsAre409sSharedByEveryKindAndSayWhereNamesAreUnique() {
		ProblemDetail taken = problemOf(() -> {
			throw PROFILE.nameTaken("okta");
		});
		assertThat(taken.getStatus()).isEqualTo(409);
		assertThat(code(taken)).isEqualTo("NAME_TAKEN");
		assertThat(taken.getDetail()).startsWith("An IDP profile named 'okta' already exists").contains("per team");
		ProblemDetail immutable = problemOf(() -> {
			throw ENGINE.nameImmutable("guard");
		});
		assertThat(code(immutable)).isEqualTo("NAME_IMMUTABLE");
		assertThat(immutable.getDetail()).startsWith("The name of a policy engine cannot change (it is 'guard')");
	}

	@Test
	void deletingIsA409WithTheKindsCode() {
		ProblemDetail problem = problemOf(() -> {
			throw PROFILE.deleting();
		});
		assertThat(problem.getStatus()).isEqualTo(409);
		assertThat(code(problem)).isEqualTo("IDP_PROFILE_DELETING");
		assertThat(problem.getDetail()).isEqualTo("The IDP profile is being deleted; it accepts no changes.");
	}

	@Test
	void anotherTeamsResourceIsNotFoundLikeAMissingOne() {
		ManagedResourceTests.Thing thing = ManagedResourceTests.Thing.declare("orders", "alice");
		assertThat(ManagedResourceTests.KIND.visible(Optional.of(thing), "team-a"::equals, thing.id())).isSameAs(thing);
		assertThat(code(problemOf(() -> ManagedResourceTests.KIND.visible(Optional.of(thing), "team-b"::equals, thing.id()))))
			.isEqualTo("THING_NOT_FOUND");
		assertThat(code(problemOf(() -> ManagedResourceTests.KIND.visible(Optional.<ManagedResourceTests.Thing>empty(), team -> true, ID))))
			.isEqualTo("THING_NOT_FOUND");
		assertThat(ENGINE.named("guard")).isEqualTo("Policy engine guard");
	}

	@Test
	void aParentBeingDeletedAcceptsNoChangeToWhatItHolds() {
		ManagedResourceTests.Thing thing = ManagedResourceTests.Thing.declare("orders", "alice");
		assertThat(ManagedResourceTests.KIND.changeable(Optional.of(thing), "team-a"::equals, thing.id())).isSameAs(thing);
		assertThat(code(problemOf(() -> ManagedResourceTests.KIND.changeable(Optional.of(thing), "team-b"::equals, thing.id()))))
			.as("invisible first").isEqualTo("THING_NOT_FOUND");
		thing.requestDeletion("alice");
		assertThat(code(problemOf(() -> ManagedResourceTests.KIND.changeable(Optional.of(thing), "team-a"::equals, thing.id()))))
			.isEqualTo("THING_DELETING");
	}

}
