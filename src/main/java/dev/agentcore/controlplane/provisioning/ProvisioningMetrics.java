package dev.agentcore.controlplane.provisioning;

import java.util.List;
import java.util.Locale;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceType;
import dev.agentcore.controlplane.resource.StatusColumns;

/** Gauges of the work queue and of resources by phase, read from the database when scraped. */
@Component
class ProvisioningMetrics implements SmartInitializingSingleton {

	private final MeterRegistry meters;

	private final JdbcClient jdbc;

	private final List<ResourceReconciler<?, ?, ?>> reconcilers;

	ProvisioningMetrics(MeterRegistry meters, JdbcClient jdbc, List<ResourceReconciler<?, ?, ?>> reconcilers) {
		this.meters = meters;
		this.jdbc = jdbc;
		this.reconcilers = reconcilers;
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
		// Every kind the provisioner reconciles, from its one registration (its ResourceReconciler): a new kind is counted
		// without being named here.
		for (ResourceReconciler<?, ?, ?> reconciler : reconcilers) {
			StatusColumns status = reconciler.status();
			for (Phase phase : Phase.values()) {
				Gauge.builder("controlplane.resources", status, columns -> columns.count(phase))
					.description("Resources by kind and phase")
					.tags("kind", kind(reconciler.kind()), "phase", phase.name())
					.register(meters);
			}
		}
	}

	/** The metric's kind label: gateway, target, idp_profile, policy_engine, policy, execution_role. */
	static String kind(ResourceType type) {
		return type.name().toLowerCase(Locale.ROOT);
	}

	private double number(String sql) {
		return jdbc.sql(sql).query(Number.class).optional().map(Number::doubleValue).orElse(0.0);
	}

}
