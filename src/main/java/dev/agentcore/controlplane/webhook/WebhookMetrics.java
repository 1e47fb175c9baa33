package dev.agentcore.controlplane.webhook;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gauges of the delivery queue, read from the database when scraped; the timer and counters of the
 * attempts themselves are kept by {@link WebhookSender} and {@link DeliveryRecords}.
 */
@Component
@Profile("!simulator")
class WebhookMetrics implements SmartInitializingSingleton {

	private final MeterRegistry meters;

	private final JdbcClient jdbc;

	WebhookMetrics(MeterRegistry meters, JdbcClient jdbc) {
		this.meters = meters;
		this.jdbc = jdbc;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Gauge.builder("controlplane.webhook.queue.due", this,
				m -> m.number("select count(*) from webhook_tasks where picked = false and execution_time <= now()"))
			.description("Webhook deliveries due and not yet running")
			.register(meters);
		Gauge.builder("controlplane.webhook.queue.oldest.due.seconds", this, m -> m.number("""
				select coalesce(extract(epoch from now() - min(execution_time)), 0) from webhook_tasks
				where picked = false and execution_time <= now()"""))
			.description("How long the oldest due webhook delivery has waited")
			.baseUnit("seconds")
			.register(meters);
		Gauge.builder("controlplane.webhooks.disabled", this,
				m -> m.number("select count(*) from webhooks where not enabled and disabled_reason is not null"))
			.description("Webhooks disabled after failing")
			.register(meters);
	}

	private double number(String sql) {
		return jdbc.sql(sql).query(Number.class).optional().map(Number::doubleValue).orElse(0.0);
	}

}
