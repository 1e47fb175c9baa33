package dev.agentcore.controlplane.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The preflight's IAM answers kept a little while: what held is kept, what refused is asked again. */
class RecentIamAnswersTests {

	static final String ROLE = "arn:aws:iam::123456789012:role/GatewayRole";

	static final String CALLER = "arn:aws:iam::123456789012:role/ControlPlane";

	final FakeIam iam = new FakeIam();

	final RecentIamAnswers answers = new RecentIamAnswers(iam);

	@Test
	void aRolesTrustPolicyAskedMomentsAgoIsNotAskedAgain() {
		RecentIamAnswers.Asking first = answers.asking(true);
		assertThat(first.trustPolicy(ROLE)).contains("{\"trust\": 1}");
		assertThat(first.recalled()).isFalse();
		RecentIamAnswers.Asking second = answers.asking(true);
		assertThat(second.trustPolicy(ROLE)).contains("{\"trust\": 1}");
		assertThat(second.recalled()).isTrue();
		assertThat(iam.asked).containsExactly("GetRole " + ROLE);
	}

	@Test
	void aRoleIamDidNotHaveIsAskedForAgain() {
		iam.trust = null;
		assertThat(answers.asking(true).trustPolicy(ROLE)).isEmpty();
		iam.trust = "{\"trust\": 2}";
		assertThat(answers.asking(true).trustPolicy(ROLE)).contains("{\"trust\": 2}");
		assertThat(iam.asked).hasSize(2);
	}

	@Test
	void decisionsThatAllowedAreKeptAndRefusalsAreAskedAgain() {
		List<String> action = List.of("iam:PassRole");
		Map<String, List<String>> context = Map.of("iam:PassedToService", List.of("bedrock-agentcore.amazonaws.com"));
		iam.allowed = false;
		assertThat(answers.asking(true).simulate(CALLER, action, List.of(ROLE), context)).noneMatch(IamChecks.Decision::allowed);
		iam.allowed = true;
		assertThat(answers.asking(true).simulate(CALLER, action, List.of(ROLE), context)).allMatch(IamChecks.Decision::allowed);
		assertThat(answers.asking(true).simulate(CALLER, action, List.of(ROLE), context)).allMatch(IamChecks.Decision::allowed);
		assertThat(iam.asked).as("the refusal asked again, the allowance kept").hasSize(2);
		answers.asking(true).simulate(CALLER, action, List.of(ROLE + "-other"), context);
		assertThat(iam.asked).as("another resource is another question").hasSize(3);
	}

	@Test
	void askingAfreshAsksIamAndKeepsItsNewAnswer() {
		answers.asking(true).trustPolicy(ROLE);
		iam.trust = "{\"trust\": 2}";
		RecentIamAnswers.Asking fresh = answers.asking(false);
		assertThat(fresh.trustPolicy(ROLE)).contains("{\"trust\": 2}");
		assertThat(fresh.recalled()).isFalse();
		assertThat(answers.asking(true).trustPolicy(ROLE)).contains("{\"trust\": 2}");
		assertThat(iam.asked).hasSize(2);
	}

	static final class FakeIam implements IamChecks {

		final List<String> asked = new ArrayList<>();

		String trust = "{\"trust\": 1}";

		boolean allowed = true;

		@Override
		public Optional<String> trustPolicy(String roleArn) {
			asked.add("GetRole " + roleArn);
			return Optional.ofNullable(trust);
		}

		@Override
		public Caller caller() {
			return new Caller("123456789012", CALLER, CALLER, "us-east-1");
		}

		@Override
		public List<Decision> simulate(String principalArn, List<String> actions, List<String> resources,
				Map<String, List<String>> context) {
			asked.add("Simulate " + actions + " " + resources);
			return resources.stream().map(resource -> new Decision(actions.get(0), resource, allowed,
					allowed ? "allowed" : "implicitDeny")).toList();
		}

	}

}
