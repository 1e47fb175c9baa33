package dev.agentcore.controlplane.simulator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Runs the user-given {@code failNamesMatching} regular expression with a budget of character
 * reads, so a pattern that backtracks catastrophically ({@code (a+)+$}) ends in microseconds
 * instead of stalling the simulator. Patterns are compiled once and verdicts remembered per name,
 * so the wire calls work them out before taking the account's lock and {@link Transitions} only
 * reads them. A pattern that runs out of budget on ordinary names is refused when it is set.
 */
final class BoundedRegex {

	static final int BUDGET = 100_000;

	private static final int MAX_REMEMBERED = 10_000;

	private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

	private static final Map<String, Boolean> VERDICTS = new ConcurrentHashMap<>();

	private BoundedRegex() {
	}

	/** Whether {@code regex} finds a match in {@code input}; false when it runs out of budget. */
	static boolean find(String regex, String input) {
		String key = regex + '\u0000' + input;
		Boolean known = VERDICTS.get(key);
		if (known != null) {
			return known;
		}
		boolean verdict;
		try {
			verdict = compiled(regex).matcher(new Budgeted(input, new int[] { BUDGET })).find();
		}
		catch (BudgetExceeded ex) {
			verdict = false;
		}
		if (VERDICTS.size() >= MAX_REMEMBERED) {
			VERDICTS.clear();
		}
		VERDICTS.put(key, verdict);
		return verdict;
	}

	/** Whether {@code regex} runs out of budget on names made of one repeated character, the usual trap. */
	static boolean backtracksCatastrophically(String regex) {
		Pattern pattern = compiled(regex);
		for (char c : new char[] { 'a', 'A', '0', '-' }) {
			for (String probe : new String[] { String.valueOf(c).repeat(48), String.valueOf(c).repeat(48) + "!" }) {
				try {
					pattern.matcher(new Budgeted(probe, new int[] { BUDGET })).find();
				}
				catch (BudgetExceeded ex) {
					return true;
				}
			}
		}
		return false;
	}

	private static Pattern compiled(String regex) {
		if (COMPILED.size() >= 64) {
			COMPILED.clear();
		}
		return COMPILED.computeIfAbsent(regex, Pattern::compile);
	}

	private static final class BudgetExceeded extends RuntimeException {

		BudgetExceeded() {
			super(null, null, false, false);
		}

	}

	/** The input, counting every character the matcher reads against a shared budget. */
	private record Budgeted(String text, int[] left) implements CharSequence {

		@Override
		public char charAt(int index) {
			if (--left[0] < 0) {
				throw new BudgetExceeded();
			}
			return text.charAt(index);
		}

		@Override
		public int length() {
			return text.length();
		}

		@Override
		public CharSequence subSequence(int start, int end) {
			return new Budgeted(text.substring(start, end), left);
		}

		@Override
		public String toString() {
			return text;
		}

	}

}
