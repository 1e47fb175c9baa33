package dev.agentcore.controlplane.outbound;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import dev.agentcore.controlplane.web.Problems;

/**
 * All outbound fetch slots are taken: answered 503 with {@code Retry-After}, so that a slow or
 * hostile server cannot pile request threads up behind it, nor one team's slow servers take every
 * slot from the others.
 */
public final class OutboundBusy extends ErrorResponseException {

	static OutboundBusy allInUse(Duration retryAfter) {
		return new OutboundBusy("Too many calls to identity providers and other outside servers are in progress. Retry in "
				+ retryAfter.toSeconds() + " seconds.", retryAfter);
	}

	static OutboundBusy shareInUse(int share, Duration retryAfter) {
		return new OutboundBusy("Your team already has " + share + " calls to identity providers and other outside "
				+ "servers in progress, its share of this replica's outbound slots; a slow server of yours holds them. "
				+ "Retry in " + retryAfter.toSeconds() + " seconds.", retryAfter);
	}

	private OutboundBusy(String detail, Duration retryAfter) {
		super(HttpStatus.SERVICE_UNAVAILABLE, Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "OUTBOUND_BUSY", detail),
				null);
		getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.toSeconds()));
	}

}
