package dev.agentcore.controlplane.servicemodel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CedarTextTests {

	@Test
	void stringLiteralsAreCopiedAsTheyAreEscapedQuotesIncluded() {
		String statement = "permit (principal, action, resource) when { context.x == \"a ( b, \\\" c\" };";
		String upper = CedarText.rewritten(statement, (out, c) -> out.append(Character.toUpperCase(c)));
		assertThat(upper).isEqualTo("PERMIT (PRINCIPAL, ACTION, RESOURCE) WHEN { CONTEXT.X == \"a ( b, \\\" c\" };");
	}

	@Test
	void whatIsDroppedOutsideLiteralsIsDroppedOnlyThere() {
		String statement = "forbid ( principal ) when { \"  spaced  \" };";
		assertThat(CedarText.rewritten(statement, (out, c) -> {
			if (!Character.isWhitespace(c)) {
				out.append(c);
			}
		})).isEqualTo("forbid(principal)when{\"  spaced  \"};");
	}

	@Test
	void statementsAlikeButForWhitespaceAreTheSameButNotWhenALiteralDiffers() {
		assertThat(AwsAnswers.sameStatement("permit(principal,action,resource);",
				"permit (\n  principal,\n  action,\n  resource\n);")).isTrue();
		assertThat(AwsAnswers.sameStatement("permit(principal,action,resource) when { \"a b\" };",
				"permit(principal,action,resource) when { \"a  b\" };")).isFalse();
	}

}
