package dev.agentcore.controlplane.provisioning;

import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.jdbc.PostgreSqlJdbcCustomization;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * db-scheduler, wired by hand: the reconcile task, lock-and-fetch polling (SKIP LOCKED), a
 * heartbeat tuned so a dead replica's work moves after about a minute, started and stopped with
 * the application.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

	@Bean
	CustomTask<Void> reconcileTask(Reconciler reconciler, ProvisioningSettings settings, ProvisioningQueue queue) {
		return Tasks.custom(ProvisioningQueue.TASK, Void.class)
			.onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(settings.backoffBase(), 2.0))
			.onDeadExecutionRevive()
			.execute((instance, context) -> {
				Next next = reconciler.run(instance.getId());
				if (next.isDone()) {
					return new CompletionHandler.OnCompleteRemove<>();
				}
				return (complete, operations) -> {
					operations.reschedule(complete, next.at());
					// Polling finds work due later; work due before the next poll is woken locally once it is due.
					if (next.turn() || Duration.between(Instant.now(), next.at()).compareTo(settings.pollingInterval()) < 0) {
						queue.wakeAt(next.at());
					}
				};
			});
	}

	/** Closed after the scheduler stops (a bean that depends on it). */
	@Bean(destroyMethod = "close")
	QueueConnections queueConnections(DataSource dataSource) {
		return QueueConnections.beside(dataSource);
	}

	@Bean(destroyMethod = "")
	Scheduler scheduler(QueueConnections connections, CustomTask<Void> reconcileTask, ProvisioningSettings settings) {
		return Scheduler.create(connections.dataSource(), reconcileTask)
			// What autodetection picks for PostgreSQL, said rather than asked: asking connected while the context was built.
			.jdbcCustomization(new PostgreSqlJdbcCustomization(false, false))
			.threads(settings.threads())
			.pollingInterval(settings.pollingInterval())
			.heartbeatInterval(settings.heartbeatInterval())
			.missedHeartbeatsLimit(settings.missedHeartbeats())
			.pollUsingLockAndFetch(0.5, 1.0)
			.enableImmediateExecution()
			.build();
	}

	@Bean
	SmartLifecycle schedulerLifecycle(Scheduler scheduler, ProvisioningSettings settings) {
		return new SmartLifecycle() {

			private volatile boolean running;

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
					scheduler.stop();
					running = false;
				}
			}

			@Override
			public boolean isRunning() {
				return running;
			}

		};
	}

}
