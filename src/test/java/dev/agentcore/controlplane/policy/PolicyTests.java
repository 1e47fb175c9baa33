package dev.agentcore.controlplane.policy;

import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceType;

import static dev.agentcore.controlplane.support.ProblemAssertions.code;
import static dev.agentcore.controlplane.support.ProblemAssertions.codeOf;
import static dev.agentcore.controlplane.support.ProblemAssertions.problemOf;
import static org.assertj.core.api.Assertions.assertThat;

/** A policy's transitions: part of its engine's history, changed statements bump the generation, the name stays, deleting takes nothing. */
class PolicyTests {

	static final String PERMIT = "permit(principal, action, resource);";

	static final String FORBID = "forbid(principal, action, resource);";

	final PolicyEngine engine = PolicyEngine.declare("team-a", "guard", new PolicyEngineSpec(null), "alice");

	@Test
	void declaredPolicyBelongsToItsEngineAtGenerationOne() {
		Policy policy = Policy.declare(engine, "allow-all", new PolicySpec(null, PERMIT, null), "bob");
		assertThat(policy.policyEngineId()).isEqualTo(engine.id());
		assertThat(policy.team()).isEqualTo("team-a");
		assertThat(policy.generation()).isEqualTo(1);
		assertThat(policy.status().phase()).isEqualTo(Phase.PENDING);
		assertThat(policy.aws().policyId()).isNull();
		assertThat(policy.createdBy()).isEqualTo("bob");
		assertThat(policy.ref().type()).isEqualTo(ResourceType.POLICY);
		assertThat(policy.ref().scopeId()).as("its engine's history").isEqualTo(engine.id());
		assertThat(policy.spec().validationMode()).as("the default validation").isEqualTo(PolicySpec.ValidationMode.FAIL_ON_ANY_FINDINGS);
	}

	@Test
	void changedStatementIsANewGenerationAndEqualSpecIsNoChange() {
		Policy policy = Policy.declare(engine, "allow-all", new PolicySpec(null, PERMIT, null), "bob");
		assertThat(policy.respecify("allow-all", new PolicySpec(null, PERMIT, PolicySpec.ValidationMode.FAIL_ON_ANY_FINDINGS), "bob"))
			.as("the default spelled out is the same spec").isFalse();
		assertThat(policy.generation()).isEqualTo(1);
		assertThat(policy.respecify("allow-all", new PolicySpec(null, FORBID, null), "bob")).isTrue();
		assertThat(policy.generation()).isEqualTo(2);
		assertThat(policy.spec().statement()).isEqualTo(FORBID);
		assertThat(policy.respecify("allow-all", new PolicySpec("why", FORBID, null), "bob")).as("a description is part of the spec").isTrue();
		assertThat(policy.generation()).isEqualTo(3);
	}

	@Test
	void nameCannotChange() {
		Policy policy = Policy.declare(engine, "allow-all", new PolicySpec(null, PERMIT, null), "bob");
		ProblemDetail problem = problemOf(() -> policy.respecify("deny-all", new PolicySpec(null, FORBID, null), "bob"));
		assertThat(code(problem)).isEqualTo("NAME_IMMUTABLE");
		assertThat(problem.getDetail()).contains("policy").contains("'allow-all'");
		assertThat(policy.spec().statement()).isEqualTo(PERMIT);
		assertThat(policy.generation()).isEqualTo(1);
	}

	@Test
	void deletionIsRequestedOnceAndThenRefusesEveryChange() {
		Policy policy = Policy.declare(engine, "allow-all", new PolicySpec(null, PERMIT, null), "bob");
		assertThat(policy.requestDeletion("bob")).isTrue();
		assertThat(policy.requestDeletion("bob")).isFalse();
		assertThat(policy.deletionRequested()).isTrue();
		assertThat(codeOf(() -> policy.respecify("allow-all", new PolicySpec(null, FORBID, null), "bob"))).isEqualTo("POLICY_DELETING");
		assertThat(policy.spec().statement()).isEqualTo(PERMIT);
		assertThat(policy.generation()).isEqualTo(1);
	}

}
