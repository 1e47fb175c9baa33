package dev.agentcore.controlplane.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: {@code {"items": [...], "nextCursor": "..." | null}}.
 *
 * @param items the page's items, in the list's stable order
 * @param nextCursor pass as {@code ?cursor=} for the next page; null on the last page
 */
public record Page<T>(List<T> items, String nextCursor) {

	public <R> Page<R> map(Function<T, R> mapper) {
		return new Page<>(items.stream().map(mapper).toList(), nextCursor);
	}

}
