package dev.agentcore.controlplane.webhook;

import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The durable delivery queue: db-scheduler on a table of its own ({@code webhook_tasks}), one
 * execution per webhook and event, so deliveries survive restarts, run on one replica at a time and
 * move to another when a replica dies. Its own scheduler rather than a task on the provisioner's:
 * each module starts, tunes and stops its own queue, and neither can mistake the other's work for
 * an unknown task. The scheduler is kept inside this class, not published as a bean, so the
 * provisioner's {@code Scheduler} bean stays the only one.
 */
@Component
@Profile("!simulator")
class WebhookQueue implements SmartLifecycle {

	static final String TASK = "webhook-delivery";

	private final JdbcClient jdbc;

	private final WebhookSettings settings;

	private final Scheduler scheduler;

	private volatile boolean running;

	WebhookQueue(DataSource dataSource, JdbcClient jdbc, WebhookDelivery delivery, WebhookSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
		CustomTask<Void> task = Tasks.custom(TASK, Void.class)
			.onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(settings.backoffBase(), 2.0))
			.execute((instance, context) -> {
				Instant retryAt = delivery.deliver(instance.getId());
				if (retryAt == null) {
					return new CompletionHandler.OnCompleteRemove<>();
				}
				return (complete, operations) -> operations.reschedule(complete, retryAt);
			});
		this.scheduler = Scheduler.create(dataSource, task)
			.tableName("webhook_tasks")
			.threads(settings.threads())
			.pollingInterval(settings.pollingInterval())
			.pollUsingLockAndFetch(0.5, 1.0)
			.enableImmediateExecution()
			.build();
	}

	/** Queues the delivery of an event to a webhook, in the caller's transaction; at most once per pair. */
	void enqueue(UUID webhookId, long eventId) {
		jdbc.sql("""
				insert into webhook_tasks (task_name, task_instance, execution_time, picked, version)
				values (?, ?, now(), false, 1) on conflict do nothing""")
			.params(TASK, webhookId + ":" + eventId)
			.update();
	}

	/** Looks for due deliveries now rather than at the next poll. */
	void wake() {
		if (running) {
			scheduler.triggerCheckForDueExecutions();
		}
	}

	@Override
	public void start() {
		if (settings.enabled()) {
			scheduler.start();
			running = true;
		}
	}

	@Override
	public void stop() {
		if (running) {
			running = false;
			scheduler.stop();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

}
