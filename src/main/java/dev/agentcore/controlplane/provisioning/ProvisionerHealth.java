package dev.agentcore.controlplane.provisioning;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerState;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Readiness: a replica whose provisioner should run but does not is not ready. */
@Component("provisioner")
class ProvisionerHealth implements HealthIndicator {

	private final Scheduler scheduler;

	private final ProvisioningSettings settings;

	ProvisionerHealth(Scheduler scheduler, ProvisioningSettings settings) {
		this.scheduler = scheduler;
		this.settings = settings;
	}

	@Override
	public Health health() {
		if (!settings.enabled()) {
			return Health.up().withDetail("provisioner", "disabled on this replica").build();
		}
		SchedulerState state = scheduler.getSchedulerState();
		if (state.isStarted() && !state.isShuttingDown() && !state.isPaused()) {
			return Health.up().build();
		}
		return Health.down().withDetail("provisioner", state.isShuttingDown() ? "shutting down" : "not running").build();
	}

}
