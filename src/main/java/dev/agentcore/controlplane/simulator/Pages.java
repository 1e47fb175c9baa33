package dev.agentcore.controlplane.simulator;

import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/** List pagination as AgentCore does it: {@code maxResults} (1 to 1000) and an opaque {@code nextToken}. */
final class Pages {

	private Pages() {
	}

	/** One page of results and the token of the next, if any. */
	record Page<T>(List<T> items, String nextToken) {
	}

	static <T> Page<T> page(List<T> all, ToLongFunction<T> order, Integer maxResults,
			String nextToken) {
		int size = maxResults == null ? 50 : maxResults;
		if (size < 1 || size > 1000) {
			throw AwsError.validation("maxResults", "Member must have value between 1 and 1000");
		}
		long after = 0;
		if (nextToken != null) {
			try {
				after = Long.parseLong(new String(Base64.getUrlDecoder().decode(nextToken)));
			}
			catch (IllegalArgumentException ex) {
				throw AwsError.validation("nextToken", "The pagination token is invalid");
			}
		}
		long start = after;
		List<T> remaining = all.stream()
			.filter(item -> order.applyAsLong(item) > start)
			.sorted(Comparator.comparingLong(order))
			.toList();
		List<T> items = remaining.subList(0, Math.min(size, remaining.size()));
		String next = remaining.size() > size
				? Base64.getUrlEncoder().encodeToString(Long.toString(order.applyAsLong(items.getLast())).getBytes())
				: null;
		return new Page<>(items, next);
	}

}
