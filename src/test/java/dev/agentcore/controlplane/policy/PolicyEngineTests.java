package dev.agentcore.controlplane.policy;

import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

import dev.agentcore.controlplane.resource.ChangeAccepted;
import dev.agentcore.controlplane.resource.EventType;
import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceAccepted;
import dev.agentcore.controlplane.resource.ResourceChanged;
import dev.agentcore.controlplane.resource.ResourceType;

import static dev.agentcore.controlplane.support.ProblemAssertions.code;
import static dev.agentcore.controlplane.support.ProblemAssertions.codeOf;
import static dev.agentcore.controlplane.support.ProblemAssertions.problemOf;
import static org.assertj.core.api.Assertions.assertThat;

/** A policy engine's transitions: declared at generation 1, changed specs bump it, the name stays, deleting takes nothing. */
class PolicyEngineTests {

	static final PolicyEngineSpec SPEC = new PolicyEngineSpec("orders");

	@Test
	void declaredEngineIsPendingAtGenerationOneWithNothingInAws() {
		PolicyEngine engine = PolicyEngine.declare("team-a", "guard", SPEC, "alice");
		assertThat(engine.generation()).isEqualTo(1);
		assertThat(engine.status().phase()).isEqualTo(Phase.PENDING);
		assertThat(engine.aws().policyEngineId()).isNull();
		assertThat(engine.deletionRequested()).isFalse();
		assertThat(engine.createPendingAt()).isNull();
		assertThat(engine.createdBy()).isEqualTo("alice");
		assertThat(engine.createdAt()).isEqualTo(engine.updatedAt());
		assertThat(engine.ref().type()).isEqualTo(ResourceType.POLICY_ENGINE);
		assertThat(engine.ref().scopeId()).as("an engine is its own history").isEqualTo(engine.id());
		assertThat(engine.domainEvents()).containsExactly(
				new ResourceAccepted(engine.ref(), EventType.SPEC_ACCEPTED, "Policy engine guard declared (generation 1).", "alice",
						ResourceChanged.CreatedIn.OWN),
				ChangeAccepted.created(engine.ref(), SPEC));
	}

	@Test
	void everyAcceptedChangeRecordsItsHistoryEntryAndAuditPatch() {
		PolicyEngine engine = PolicyEngine.declare("team-a", "guard", SPEC, "alice");
		PolicyEngineSpec billing = new PolicyEngineSpec("billing");
		engine.respecify("guard", SPEC, "bob");
		assertThat(engine.domainEvents()).as("no change, nothing to record").hasSize(2);
		engine.respecify("guard", billing, "bob");
		engine.requestDeletion(2, "carol");
		engine.requestDeletion(2, "carol");
		assertThat(engine.domainEvents()).as("after the declaration's two").containsSubsequence(
				new ResourceAccepted(engine.ref(), EventType.SPEC_ACCEPTED, "Policy engine guard: spec replaced (generation 2).", "bob"),
				ChangeAccepted.replaced(engine.ref(), SPEC, billing),
				new ResourceAccepted(engine.ref(), EventType.DELETION_REQUESTED,
						"Policy engine guard: deletion requested. With cascade: 2 policies first.", "carol"),
				ChangeAccepted.deleted(engine.ref(), billing));
		assertThat(engine.domainEvents()).as("a second deletion request records nothing").hasSize(6);
	}

	@Test
	void changedSpecIsANewGenerationAndEqualSpecIsNoChange() throws InterruptedException {
		PolicyEngine engine = PolicyEngine.declare("team-a", "guard", SPEC, "alice");
		var declaredAt = engine.updatedAt();
		assertThat(engine.respecify("guard", new PolicyEngineSpec("orders"), "bob")).isFalse();
		assertThat(engine.generation()).isEqualTo(1);
		assertThat(engine.updatedAt()).isEqualTo(declaredAt);
		Thread.sleep(2);
		assertThat(engine.respecify("guard", new PolicyEngineSpec("billing"), "bob")).isTrue();
		assertThat(engine.generation()).isEqualTo(2);
		assertThat(engine.spec().description()).isEqualTo("billing");
		assertThat(engine.updatedAt()).isAfter(declaredAt);
		assertThat(engine.respecify("guard", new PolicyEngineSpec(null), "bob")).isTrue();
		assertThat(engine.generation()).isEqualTo(3);
	}

	@Test
	void nameCannotChange() {
		PolicyEngine engine = PolicyEngine.declare("team-a", "guard", SPEC, "alice");
		ProblemDetail problem = problemOf(() -> engine.respecify("Guard", new PolicyEngineSpec("billing"), "bob"));
		assertThat(code(problem)).isEqualTo("NAME_IMMUTABLE");
		assertThat(problem.getStatus()).isEqualTo(409);
		assertThat(problem.getDetail()).contains("policy engine").contains("'guard'");
		assertThat(engine.spec()).isEqualTo(SPEC);
		assertThat(engine.generation()).isEqualTo(1);
	}

	@Test
	void deletionIsRequestedOnceAndThenRefusesEveryChange() {
		PolicyEngine engine = PolicyEngine.declare("team-a", "guard", SPEC, "alice");
		assertThat(engine.requestDeletion(0, "bob")).isTrue();
		assertThat(engine.deletionRequested()).isTrue();
		var requestedAt = engine.updatedAt();
		assertThat(engine.requestDeletion(0, "bob")).as("already requested").isFalse();
		assertThat(engine.updatedAt()).isEqualTo(requestedAt);
		assertThat(codeOf(() -> engine.respecify("guard", new PolicyEngineSpec("billing"), "bob"))).isEqualTo("POLICY_ENGINE_DELETING");
		assertThat(codeOf(() -> engine.respecify("guard", SPEC, "bob"))).as("even an equal spec").isEqualTo("POLICY_ENGINE_DELETING");
		assertThat(engine.spec()).isEqualTo(SPEC);
		assertThat(engine.generation()).isEqualTo(1);
	}

}
