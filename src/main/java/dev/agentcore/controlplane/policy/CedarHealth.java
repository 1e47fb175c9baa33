package dev.agentcore.controlplane.policy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.cedar.CedarLibrary;

/**
 * Health component {@code cedar}: policy validation, what-if checks and the simulator's enforcement
 * need Cedar's native library. Checked once (the library loads once per process); a platform the jar
 * carries no library for is DOWN, and the log says how to fix it. Not part of readiness: gateways and
 * targets are served without it.
 */
@Component("cedar")
class CedarHealth implements HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(CedarHealth.class);

	private volatile CedarLibrary.Availability availability;

	@Override
	public Health health() {
		CedarLibrary.Availability found = availability;
		if (found == null) {
			found = CedarLibrary.check();
			availability = found;
			if (!found.loaded()) {
				log.error(found.problem());
			}
		}
		Health.Builder health = found.loaded() ? Health.up() : Health.down().withDetail("problem", found.problem());
		return health.withDetail("platform", found.platform()).build();
	}

}
