package dev.agentcore.controlplane.gatewaytarget;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

import dev.agentcore.controlplane.web.Problems;

/**
 * Bounds how many inline schemas are parsed at once, so that large schemas sent in parallel cannot
 * take every core and the heap with them. A request that finds no slot within a moment is answered
 * 503 with {@code Retry-After}.
 */
@Component
class SchemaParsingSlots {

	static final Duration WAIT = Duration.ofMillis(500);

	static final Duration RETRY_AFTER = Duration.ofSeconds(2);

	private final Semaphore slots;

	SchemaParsingSlots(TargetSettings settings) {
		this.slots = new Semaphore(settings.concurrentSchemaParses());
	}

	void run(Runnable parsing) {
		boolean acquired;
		try {
			acquired = slots.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			acquired = false;
		}
		if (!acquired) {
			ErrorResponseException busy = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE,
					Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "SCHEMA_PARSING_BUSY",
							"Too many inline schemas are being checked at once. Retry in " + RETRY_AFTER.toSeconds()
									+ " seconds."),
					null);
			busy.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()));
			throw busy;
		}
		try {
			parsing.run();
		}
		finally {
			slots.release();
		}
	}

}
