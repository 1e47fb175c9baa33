package dev.agentcore.controlplane.cedar;

/**
 * Something wrong with a Cedar statement, where it is.
 *
 * @param line 1-based line of the statement
 * @param column 1-based column (in characters) of that line
 * @param message what is wrong, and what would be right when Cedar knows
 */
public record PolicyIssue(int line, int column, String message) {
}
