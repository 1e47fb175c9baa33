package dev.agentcore.controlplane.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The current time at the precision PostgreSQL keeps, so a resource reads back exactly as it was answered. */
public final class Timestamps {

	private Timestamps() {
	}

	public static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

}
