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

	private final DataSource dataSource;

	private final CustomTask<Void> task;

	/** A new scheduler per start: a stopped one cannot start again (test contexts are paused and resumed). */
	private volatile Scheduler scheduler;

	WebhookQueue(DataSource dataSource, JdbcClient jdbc, WebhookDelivery delivery, WebhookSettings settings) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.settings = settings;
		this.task = Tasks.custom(TASK, Void.class)
			.onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(settings.backoffBase(), 2.0))
			.execute((instance, context) -> {
				Instant retryAt = delivery.deliver(instance.getId());
				if (retryAt == null) {
					return new CompletionHandler.OnCompleteRemove<>();
				}
				return (complete, operations) -> operations.reschedule(complete, retryAt);
			});
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
		Scheduler running = scheduler;
		if (running != null) {
			running.triggerCheckForDueExecutions();
		}
	}

	@Override
	public synchronized void start() {
		if (settings.enabled() && scheduler == null) {
			Scheduler started = Scheduler.create(dataSource, task)
				.tableName("webhook_tasks")
				.threads(settings.threads())
				.pollingInterval(settings.pollingInterval())
				.pollUsingLockAndFetch(0.5, 1.0)
				.enableImmediateExecution()
				.build();
			started.start();
			scheduler = started;
		}
	}

	@Override
	public synchronized void stop() {
		Scheduler running = scheduler;
		scheduler = null;
		if (running != null) {
			running.stop();
		}
	}

	@Override
	public boolean isRunning() {
		return scheduler != null;
	}

}
