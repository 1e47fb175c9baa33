package dev.agentcore.controlplane.policy;

import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.cedar.CedarLibrary;

/**
 * Health component {@code cedar}: policy validation, what-if checks and the simulator's enforcement
 * need Cedar's native library. Checked once, in the background from the start (the library loads once per
 * process); a platform the jar carries no library for is DOWN, and the log says how to fix it. Not part of
 * readiness: gateways and targets are served without it.
 */
@Component("cedar")
class CedarHealth implements HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(CedarHealth.class);

	/**
	 * Loaded in the background from the start, so the first health check (the one a replica waits for) does not load
	 * it: loading it there was about 0.2 s of the image's 3.7 s start to healthy (issue #27).
	 */
	private final CompletableFuture<CedarLibrary.Availability> availability = CompletableFuture.supplyAsync(() -> {
		CedarLibrary.Availability found = CedarLibrary.check();
		if (!found.loaded()) {
			log.error(found.problem());
		}
		return found;
	}, task -> Thread.ofPlatform().daemon().name("cedar-library").start(task));

	@Override
	public Health health() {
		CedarLibrary.Availability found = availability.join();
		Health.Builder health = found.loaded() ? Health.up() : Health.down().withDetail("problem", found.problem());
		return health.withDetail("platform", found.platform()).build();
	}

}
