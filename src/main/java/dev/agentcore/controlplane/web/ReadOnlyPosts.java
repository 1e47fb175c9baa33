package dev.agentcore.controlplane.web;

import java.util.List;

/**
 * POST endpoints that change nothing (diagnostics such as token checks): they need only the read
 * scope, and their answers are never stored as idempotent replays (they may echo what was sent).
 * Each module declares its own as a bean.
 *
 * @param patterns path patterns, e.g. {@code /api/v1/idp-profiles/*}{@code /token-checks}
 */
public record ReadOnlyPosts(List<String> patterns) {

	public ReadOnlyPosts {
		patterns = List.copyOf(patterns);
	}

	public static ReadOnlyPosts of(String... patterns) {
		return new ReadOnlyPosts(List.of(patterns));
	}

}
