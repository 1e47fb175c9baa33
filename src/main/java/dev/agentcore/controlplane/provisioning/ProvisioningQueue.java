package dev.agentcore.controlplane.provisioning;

import java.util.Locale;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.Scheduler;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.agentcore.controlplane.resource.ResourceChanged;
import dev.agentcore.controlplane.resource.ResourceType;

/**
 * Hands resources to the reconciler: one pending reconcile per resource, written in the same
 * transaction as the change that caused it (so a committed change is never lost and a rolled
 * back one never runs), made due now, and the local scheduler woken after commit so an idle
 * replica starts in milliseconds rather than at its next poll.
 */
@Component
public class ProvisioningQueue {

	static final String TASK = "reconcile";

	private final JdbcClient jdbc;

	private final ObjectProvider<Scheduler> scheduler;

	ProvisioningQueue(JdbcClient jdbc, ObjectProvider<Scheduler> scheduler) {
		this.jdbc = jdbc;
		this.scheduler = scheduler;
	}

	@EventListener
	void on(ResourceChanged changed) {
		wake(changed.ref().type(), changed.ref().id());
	}

	/** A kind's declared wake-up ({@link ResourceKind#wakes}), announced with the report that caused it. */
	@EventListener
	void on(Wake.Due due) {
		wake(due.type(), due.id());
	}

	/** The task instance of a resource's reconcile, e.g. "gateway:0190...". */
	static String instance(ResourceType type, UUID id) {
		return type.name().toLowerCase(Locale.ROOT) + ":" + id;
	}

	/** The kind of resource a task instance names. */
	static ResourceType typeOf(String instance) {
		return ResourceType.valueOf(instance.substring(0, instance.indexOf(':')).toUpperCase(Locale.ROOT));
	}

	/** Makes the resource's reconcile due now, in the current transaction if there is one. */
	void wake(ResourceType type, UUID id) {
		jdbc.sql("""
				insert into scheduled_tasks (task_name, task_instance, execution_time, picked, version)
				values (?, ?, now(), false, 1)
				on conflict (task_name, task_instance) do update set execution_time = now()
				where scheduled_tasks.picked = false and scheduled_tasks.execution_time > now()""")
			.params(TASK, instance(type, id))
			.update();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					wakes.request();
				}
			});
		}
		else {
			wakes.request();
		}
	}

	/** The local scheduler, once resolved: resolving it through the bean factory on every commit cost a POST 2%. */
	private volatile Scheduler resolved;

	private final CoalescedWakes wakes = new CoalescedWakes(this::checkNow);

	private void checkNow() {
		Scheduler local = resolved;
		if (local == null) {
			local = scheduler.getIfAvailable();
			resolved = local;
		}
		if (local != null && local.getSchedulerState().isStarted()) {
			local.triggerCheckForDueExecutions();
		}
	}

}
