package dev.agentcore.controlplane.stream;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

import dev.agentcore.controlplane.web.Problems;

/**
 * How many streams each caller holds open on this replica, up to {@code max-per-caller}: a stream
 * holds a connection and a thread for up to its whole lifetime, so one token must not open them
 * without limit.
 */
@Component
class StreamQuota {

	private final Map<String, Integer> open = new ConcurrentHashMap<>();

	private final StreamSettings settings;

	StreamQuota(StreamSettings settings) {
		this.settings = settings;
	}

	/** Takes one of the caller's streams, or refuses with 429 TOO_MANY_STREAMS; {@link #release} it when it ends. */
	void take(String caller) {
		boolean[] taken = { false };
		open.compute(caller, (key, count) -> {
			int current = count == null ? 0 : count;
			if (current >= settings.maxPerCaller()) {
				return count;
			}
			taken[0] = true;
			return current + 1;
		});
		if (!taken[0]) {
			ErrorResponseException refused = new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS,
					Problems.problem(HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_STREAMS", "This caller already has "
							+ settings.maxPerCaller() + " event streams open, the most allowed at once. Close one, or "
							+ "share one stream between readers."),
					null);
			refused.getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
			throw refused;
		}
	}

	void release(String caller) {
		open.computeIfPresent(caller, (key, count) -> count <= 1 ? null : count - 1);
	}

	int openBy(String caller) {
		return open.getOrDefault(caller, 0);
	}

}
