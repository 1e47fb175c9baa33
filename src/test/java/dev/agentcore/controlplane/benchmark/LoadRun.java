package dev.agentcore.controlplane.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/** Drives one scenario with a fixed number of concurrent clients and reports throughput and percentiles. */
final class LoadRun {

	/** One request of a scenario; returns the HTTP status. {@code worker} and {@code sequence} vary the request. */
	interface Request {

		int send(int worker, long sequence);

	}

	record Result(String scenario, long requests, long errors, double perSecond, double p50Millis, double p99Millis) {

		String row() {
			return String.format("| %-28s | %8d | %6d | %9.0f | %7.2f | %7.2f |", scenario, requests, errors, perSecond,
					p50Millis, p99Millis);
		}

	}

	static final String HEADER = "| scenario                     | requests | errors | req/s     | p50 ms  | p99 ms  |\n"
			+ "|------------------------------|----------|--------|-----------|---------|---------|";

	private LoadRun() {
	}

	static Result run(String scenario, int clients, Duration warmup, Duration measure, Request request) throws Exception {
		drive(clients, warmup, request, i -> new long[1 << 16]);
		long started = System.nanoTime();
		List<long[]> latencies = drive(clients, measure, request, i -> new long[1 << 22]);
		double seconds = (System.nanoTime() - started) / 1e9;
		long total = 0;
		long errors = 0;
		List<Long> all = new ArrayList<>();
		for (long[] worker : latencies) {
			long count = worker[0];
			errors += worker[1];
			total += count;
			for (int i = 0; i < count && i + 2 < worker.length; i++) {
				all.add(worker[i + 2]);
			}
		}
		long[] sorted = all.stream().mapToLong(Long::longValue).toArray();
		Arrays.sort(sorted);
		return new Result(scenario, total, errors, total / seconds, percentile(sorted, 0.50), percentile(sorted, 0.99));
	}

	/** Each worker's array: [count, errors, latency...] in nanoseconds. */
	private static List<long[]> drive(int clients, Duration duration, Request request, IntFunction<long[]> buffers)
			throws Exception {
		long deadline = System.nanoTime() + duration.toNanos();
		AtomicLong sequence = new AtomicLong();
		try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
			List<Future<long[]>> futures = new ArrayList<>();
			for (int w = 0; w < clients; w++) {
				int worker = w;
				futures.add(pool.submit(() -> {
					long[] samples = buffers.apply(worker);
					while (System.nanoTime() < deadline) {
						long start = System.nanoTime();
						int status = request.send(worker, sequence.incrementAndGet());
						long elapsed = System.nanoTime() - start;
						if (status >= 400) {
							samples[1]++;
						}
						int index = (int) samples[0] + 2;
						if (index < samples.length) {
							samples[index] = elapsed;
						}
						samples[0]++;
					}
					return samples;
				}));
			}
			List<long[]> results = new ArrayList<>();
			for (Future<long[]> future : futures) {
				results.add(future.get());
			}
			return results;
		}
	}

	private static double percentile(long[] sorted, double quantile) {
		if (sorted.length == 0) {
			return 0;
		}
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}

}
