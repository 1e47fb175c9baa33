package dev.agentcore.controlplane.cedar;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Statements' nesting and size, read on the text before Cedar sees it. */
class StatementLimitsTests {

	static final String HEAD = "permit(principal, action, resource is AgentCore::Gateway) when { ";

	/** The deepest statement the limits accept: every bracket and operator allowed, in one path of the tree. */
	static String deepestAllowed() {
		int parentheses = StatementLimits.MAX_NESTING - 1;
		int operators = StatementLimits.MAX_OPERATORS - StatementLimits.measure(HEAD + " };").operators();
		return HEAD + "(".repeat(parentheses) + "true" + " && true".repeat(operators) + ")".repeat(parentheses) + " };";
	}

	@Test
	void bracketsAndOperatorsAreCountedOutsideStringsAndComments() {
		StatementLimits.Measure measure = StatementLimits.measure("""
				permit(principal, action == AgentCore::Action::"a(((b", resource == AgentCore::Gateway::"g")
				// ((((( && || if
				when { context.input.limit <= 100 && ["x\\"((", "y"].contains(principal.id) || !(1 + 2 * 3 > -4) };""");

		assertThat(measure.nesting()).isEqualTo(2);
		// == == . . <= && .contains .id || ! + * > -
		assertThat(measure.operators()).isEqualTo(14);
	}

	@Test
	void theDeepestAllowedStatementIsWithinTheLimitsAndOneMoreOfEitherIsNot() {
		String deepest = deepestAllowed();
		assertThat(StatementLimits.measure(deepest))
			.isEqualTo(new StatementLimits.Measure(StatementLimits.MAX_NESTING, StatementLimits.MAX_OPERATORS));
		assertThat(StatementLimits.exceeded(deepest)).isEmpty();

		assertThat(StatementLimits.exceeded(deepest.replace(HEAD, HEAD + "(").replace(" };", ") };")))
			.get().asString().contains("nests 33 brackets deep; at most 32");
		assertThat(StatementLimits.exceeded(deepest.replace("true)", "true && true)")))
			.get().asString().contains("1001 operators; at most 1000");
	}

	@Test
	void nestedIfsCountThreeOperatorsEach() {
		String ifs = HEAD + "if true then ".repeat(10) + "true" + " else false".repeat(10) + " };";
		assertThat(StatementLimits.measure(ifs).operators())
			.isEqualTo(StatementLimits.measure(HEAD + " };").operators() + 30);
	}

	@Test
	void theSizesThatCrashedTheProcessAreRefused() {
		List<String> crashing = List.of(HEAD + "(".repeat(85) + "true" + ")".repeat(85) + " };",
				HEAD + "true" + " && true".repeat(1149) + " };");
		assertThat(crashing).allSatisfy(statement -> assertThat(StatementLimits.exceeded(statement)).isPresent());
	}

}
