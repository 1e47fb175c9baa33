package dev.agentcore.controlplane.provisioning;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * IAM's answers to the preflight, kept for {@link #KEPT}: a role's trust policy and decisions that allowed, which do
 * not change from one gateway to the next (issue #27: a hundred gateways on one role asked GetRole and
 * SimulatePrincipalPolicy a hundred times, before each CreateGateway). What IAM refused or did not have is not kept,
 * and a preflight that fails on kept answers asks IAM again ({@link Preflight}), so a fix is seen at the next look
 * and a failure is never reported from what IAM said before. A permission taken away is seen after {@link #KEPT}.
 */
final class RecentIamAnswers {

	static final Duration KEPT = Duration.ofSeconds(30);

	private static final int PRUNE_ABOVE = 10_000;

	private record Kept<T>(T answer, long atNanos) {

		boolean fresh(long now) {
			return now - atNanos < KEPT.toNanos();
		}

	}

	private final IamChecks iam;

	private final Map<Object, Kept<?>> kept = new ConcurrentHashMap<>();

	RecentIamAnswers(IamChecks iam) {
		this.iam = iam;
	}

	/** One preflight's questions: answered from what is kept when {@code recall}, else all from IAM. */
	Asking asking(boolean recall) {
		return new Asking(recall);
	}

	/** The questions of one preflight; says whether any was answered from what was kept. */
	final class Asking implements IamChecks {

		private final boolean recall;

		private boolean recalled;

		private Asking(boolean recall) {
			this.recall = recall;
		}

		boolean recalled() {
			return recalled;
		}

		@Override
		public Optional<String> trustPolicy(String roleArn) {
			return answer(List.of("trust", roleArn), () -> iam.trustPolicy(roleArn), Optional::isPresent);
		}

		@Override
		public Caller caller() {
			return iam.caller();
		}

		@Override
		public List<Decision> simulate(String principalArn, List<String> actions, List<String> resources,
				Map<String, List<String>> context) {
			return answer(List.of("simulate", principalArn, actions, resources, context),
					() -> iam.simulate(principalArn, actions, resources, context),
					decisions -> decisions.stream().allMatch(Decision::allowed));
		}

		@SuppressWarnings("unchecked")
		private <T> T answer(Object question, Supplier<T> ask, java.util.function.Predicate<T> keep) {
			long now = System.nanoTime();
			Kept<?> known = kept.get(question);
			if (recall && known != null && known.fresh(now)) {
				recalled = true;
				return (T) known.answer();
			}
			T answer = ask.get();
			if (kept.size() > PRUNE_ABOVE) {
				kept.values().removeIf(old -> !old.fresh(now));
			}
			if (keep.test(answer)) {
				kept.put(question, new Kept<>(answer, System.nanoTime()));
			}
			else {
				kept.remove(question);
			}
			return answer;
		}

	}

}
