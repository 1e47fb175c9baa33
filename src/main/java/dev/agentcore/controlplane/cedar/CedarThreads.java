package dev.agentcore.controlplane.cedar;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Where every call into cedar-java runs: a few threads with a native stack large enough for the statements
 * {@link StatementLimits} lets through (the deepest allowed needs under a tenth of it, measured), a bounded
 * queue in front of them, and a timeout. A request thread (1 MB of stack by default) never calls Cedar itself.
 * Under load the queue fills and further calls are refused at once with {@link CedarBusy} (503, Retry-After)
 * instead of piling request threads up; a call that waited or ran past the timeout is refused the same way
 * (native code cannot be interrupted, so it finishes on its thread, which the bound keeps few).
 */
final class CedarThreads {

	/** The native stack of a Cedar thread; see StatementLimits for what it holds. */
	static final long STACK_BYTES = 16L * 1024 * 1024;

	static final int THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());

	static final int QUEUE = 64;

	static final Duration TIMEOUT = Duration.ofSeconds(10);

	static final Duration RETRY_AFTER = Duration.ofSeconds(2);

	private static final AtomicInteger NUMBER = new AtomicInteger();

	private static final CedarThreads SHARED = new CedarThreads(THREADS, QUEUE, TIMEOUT);

	private final ThreadPoolExecutor pool;

	private final Duration timeout;

	CedarThreads(int threads, int queue, Duration timeout) {
		this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue),
				CedarThread::new, new ThreadPoolExecutor.AbortPolicy());
		this.pool.allowCoreThreadTimeOut(true);
		this.timeout = timeout;
	}

	/** One of ours: work started on it runs on it (nested calls would otherwise wait for a free thread). */
	static final class CedarThread extends Thread {

		CedarThread(Runnable work) {
			super(null, work, "cedar-" + NUMBER.incrementAndGet(), STACK_BYTES);
			setDaemon(true);
		}

	}

	/** Runs {@code work} on one of the shared Cedar threads and returns its result; its exceptions are rethrown. */
	static <T> T call(Supplier<T> work) {
		return SHARED.run(work);
	}

	<T> T run(Supplier<T> work) {
		if (Thread.currentThread() instanceof CedarThread) {
			return work.get();
		}
		Future<T> future;
		try {
			future = pool.submit(work::get);
		}
		catch (RejectedExecutionException ex) {
			throw new CedarBusy("All " + pool.getMaximumPoolSize() + " Cedar threads are busy and "
					+ pool.getQueue().size() + " more checks are waiting. Retry in " + RETRY_AFTER.toSeconds() + " seconds.",
					RETRY_AFTER);
		}
		try {
			return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			future.cancel(true);
			throw new CedarBusy("Cedar did not answer within " + timeout.toMillis() + " ms (it is busy, or the statements "
					+ "are very large). Retry in " + RETRY_AFTER.toSeconds() + " seconds.", RETRY_AFTER);
		}
		catch (InterruptedException ex) {
			future.cancel(true);
			Thread.currentThread().interrupt();
			throw new CedarBusy("Interrupted while waiting for Cedar.", RETRY_AFTER);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(cause);
		}
	}

	/** Calls waiting for a thread. */
	int waiting() {
		return pool.getQueue().size();
	}

}
