package dev.agentcore.controlplane.cedar;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The caches of what Cedar parsed: bounded by bytes, and never holding statements proposed in a what-if. */
class NativeCacheTests {

	@Test
	void entriesAreEvictedOnceTheirBytesExceedTheBoundHoweverFewTheyAre() {
		NativeCache<String, String> cache = new NativeCache<>(100, 1000, key -> key.length());
		cache.get("a".repeat(400), key -> "first");
		cache.get("b".repeat(400), key -> "second");
		assertThat(cache.bytes()).isEqualTo(800);
		cache.get("c".repeat(400), key -> "third");

		assertThat(cache.size()).isEqualTo(2);
		assertThat(cache.bytes()).isEqualTo(800);
		assertThat(cache.anyKey(key -> key.startsWith("a"))).isFalse();
		assertThat(cache.get("d".repeat(1001), key -> "too large")).isEqualTo("too large");
		assertThat(cache.anyKey(key -> key.startsWith("d"))).isFalse();
	}

	@Test
	void whatIfStatementsAndCheckedStatementsAreNotKept() {
		long setsBefore = CedarEvaluation.POLICY_SETS.bytes();
		for (int i = 0; i < 20; i++) {
			String proposed = large(i);
			StatementCheck.check(StatementCheckTests.ORDERS, List.of(new StatementCheck.Statement("policies[0]", proposed)));
			ToolCallAuthorization.Evaluation evaluation = ToolCallAuthorization.evaluateProposed(StatementCheckTests.ORDERS,
					Map.of("sub", "u"), null, "orders___cancel_order", StatementCheckTests.GATEWAY, Map.of("orderId", "1"),
					Map.of("policies[0]", proposed));
			assertThat(evaluation.allowed()).isTrue();
		}

		assertThat(CedarEvaluation.POLICY_SETS.anyKey(key -> key.values().stream().anyMatch(text -> text.contains("proposed-"))))
			.isFalse();
		assertThat(StatementCheck.SCOPES.anyKey(text -> text.contains("proposed-"))).isFalse();
		// Other tests may cache their stored statements meanwhile; none of these 20 large sets (8 KB of text each) is there.
		assertThat(CedarEvaluation.POLICY_SETS.bytes() - setsBefore).isLessThan(8000L * CedarEvaluation.BYTES_PER_CHARACTER);
	}

	@Test
	void storedStatementsAreKeptParsed() {
		Map<String, String> stored = new LinkedHashMap<>();
		stored.put("stored", large(99).replace("proposed-", "stored-"));
		ToolCallAuthorization.evaluate(StatementCheckTests.ORDERS, Map.of("sub", "u"), null, "orders___cancel_order",
				StatementCheckTests.GATEWAY, Map.of("orderId", "1"), stored);

		assertThat(CedarEvaluation.POLICY_SETS.anyKey(key -> key.equals(stored))).isTrue();
	}

	/** A permit of about 8 KB: a long condition on the caller's id. */
	static String large(int i) {
		return "permit(principal, action, resource is AgentCore::Gateway) when { principal.id != \"proposed-" + i + "\""
				+ " && principal.id != \"someone-else\"".repeat(230) + " };";
	}

}
