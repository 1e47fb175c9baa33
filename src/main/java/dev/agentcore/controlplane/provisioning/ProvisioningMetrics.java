package dev.agentcore.controlplane.provisioning;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.resource.Phase;

/** Gauges of the work queue and of resources by phase, read from the database when scraped. */
@Component
class ProvisioningMetrics implements SmartInitializingSingleton {

	private final MeterRegistry meters;

	private final JdbcClient jdbc;

	ProvisioningMetrics(MeterRegistry meters, JdbcClient jdbc) {
		this.meters = meters;
		this.jdbc = jdbc;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Gauge.builder("controlplane.provisioning.queue.due", this, m -> m.number(
				"select count(*) from scheduled_tasks where picked = false and execution_time <= now()"))
			.description("Reconciles due and not yet running")
			.register(meters);
		Gauge.builder("controlplane.provisioning.queue.oldest.due.seconds", this, m -> m.number("""
				select coalesce(extract(epoch from now() - min(execution_time)), 0) from scheduled_tasks
				where picked = false and execution_time <= now()"""))
			.description("How long the oldest due reconcile has waited")
			.baseUnit("seconds")
			.register(meters);
		for (Phase phase : Phase.values()) {
			for (String table : new String[] { "gateways", "gateway_targets" }) {
				Gauge.builder("controlplane.resources", this,
						m -> m.number("select count(*) from " + table + " where phase = '" + phase.name() + "'"))
					.description("Resources by kind and phase")
					.tags("kind", table.equals("gateways") ? "gateway" : "target", "phase", phase.name())
					.register(meters);
			}
		}
	}

	private double number(String sql) {
		return jdbc.sql(sql).query(Number.class).optional().map(Number::doubleValue).orElse(0.0);
	}

}
