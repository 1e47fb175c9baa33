package dev.agentcore.controlplane.cedar;

import java.util.Optional;
import java.util.Set;

/**
 * How deep and how large a Cedar statement may be before it reaches Cedar. cedar-java parses, prints and
 * evaluates recursively in native code: a statement nested too deep, or a long chain of operators (each
 * a level of the tree), overflows the thread's native stack and kills the process (SIGSEGV, no log line).
 * Measured with cedar-java 4.10.0 (parse, toJson, validate and authorize; README "Cedar limits"): on a
 * default 1 MB thread 70 nested parentheses, brackets or records, 65 nested {@code !(}, a chain of 1,082
 * {@code &&}, {@code ||}, {@code +}, member accesses or method calls, or 533 nested {@code if}s crash; on a
 * 16 MB thread 1,171 brackets, 17,743 operators or 8,935 {@code if}s. A statement is read here without
 * Cedar: brackets outside strings and comments count towards the nesting, operators (and {@code if},
 * {@code then}, {@code else}, {@code has}, {@code like}, {@code in}, {@code is}, member access) towards the
 * size, so the deepest tree it can make is bounded by both. The deepest allowed statement needs about 1.1 MB
 * of native stack: Cedar's threads have 16 MB ({@link CedarThreads}).
 */
public final class StatementLimits {

	/** Brackets ( [ { inside one another, the scope's parentheses included. */
	public static final int MAX_NESTING = 32;

	/** Operators in one statement: binary, unary, member access and the keywords that build a node. */
	public static final int MAX_OPERATORS = 1000;

	/** Keywords that build a node; if, then and else each count (a nested if costs Cedar twice an {@code &&}). */
	private static final Set<String> KEYWORDS = Set.of("if", "then", "else", "has", "like", "in", "is");

	private StatementLimits() {
	}

	/** Why the statement is too complex for Cedar, or empty when it is within the limits. */
	public static Optional<String> exceeded(String statement) {
		Measure measure = measure(statement);
		if (measure.nesting() > MAX_NESTING) {
			return Optional.of("The statement nests " + measure.nesting() + " brackets deep; at most " + MAX_NESTING
					+ " are accepted. Split the condition into several statements or flatten it.");
		}
		if (measure.operators() > MAX_OPERATORS) {
			return Optional.of("The statement has " + measure.operators() + " operators; at most " + MAX_OPERATORS
					+ " are accepted. Split it into several statements, or test a set (e.g. [\"a\", \"b\"].contains(x)) "
					+ "instead of a long chain of || or &&.");
		}
		return Optional.empty();
	}

	/**
	 * What the statement holds, read like Cedar's lexer: the deepest bracket nesting and the operators.
	 *
	 * @param nesting the deepest nesting of ( [ {
	 * @param operators the operators and node-building keywords
	 */
	record Measure(int nesting, int operators) {
	}

	static Measure measure(String text) {
		int depth = 0;
		int deepest = 0;
		int operators = 0;
		int i = 0;
		int length = text.length();
		while (i < length) {
			char c = text.charAt(i);
			if (c == '"') {
				i = afterString(text, i);
				continue;
			}
			if (c == '/' && i + 1 < length && text.charAt(i + 1) == '/') {
				int end = text.indexOf('\n', i);
				i = end < 0 ? length : end + 1;
				continue;
			}
			if (c == '(' || c == '[' || c == '{') {
				deepest = Math.max(deepest, ++depth);
			}
			else if (c == ')' || c == ']' || c == '}') {
				depth = Math.max(0, depth - 1);
			}
			else if (Character.isLetter(c) || c == '_') {
				int start = i;
				while (i < length && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
					i++;
				}
				if (KEYWORDS.contains(text.substring(start, i))) {
					operators++;
				}
				continue;
			}
			else if (c == '&' || c == '|' || c == '=' || c == '<' || c == '>') {
				operators++;
				if (i + 1 < length && (text.charAt(i + 1) == c || text.charAt(i + 1) == '=')) {
					i++;
				}
			}
			else if (c == '!' || c == '+' || c == '-' || c == '*' || c == '.') {
				operators++;
				if (c == '!' && i + 1 < length && text.charAt(i + 1) == '=') {
					i++;
				}
			}
			i++;
		}
		return new Measure(deepest, operators);
	}

	/** The index after the string literal that starts at {@code start} (escapes skipped). */
	private static int afterString(String text, int start) {
		int i = start + 1;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '\\') {
				i += 2;
				continue;
			}
			if (c == '"') {
				return i + 1;
			}
			i++;
		}
		return text.length();
	}

}
