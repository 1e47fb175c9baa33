package dev.agentcore.controlplane.provisioning;

import java.util.UUID;

import com.github.kagkarlsson.scheduler.Scheduler;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.agentcore.controlplane.gateway.GatewayChanged;
import dev.agentcore.controlplane.gatewaytarget.TargetChanged;

/**
 * Hands resources to the reconciler: one pending reconcile per resource, written in the same
 * transaction as the change that caused it (so a committed change is never lost and a rolled
 * back one never runs), made due now, and the local scheduler woken after commit so an idle
 * replica starts in milliseconds rather than at its next poll.
 */
@Component
public class ProvisioningQueue {

	static final String TASK = "reconcile";

	enum Kind {

		GATEWAY("gateway:"), TARGET("target:");

		final String prefix;

		Kind(String prefix) {
			this.prefix = prefix;
		}

		String instance(UUID id) {
			return prefix + id;
		}

		/** The kind named by a task instance, e.g. "gateway:0190...". */
		static Kind of(String instance) {
			for (Kind kind : values()) {
				if (instance.startsWith(kind.prefix)) {
					return kind;
				}
			}
			throw new IllegalArgumentException("No reconciler for " + instance);
		}

		/** The kind as metrics name it. */
		String label() {
			return prefix.substring(0, prefix.length() - 1);
		}

	}

	private final JdbcClient jdbc;

	private final ObjectProvider<Scheduler> scheduler;

	ProvisioningQueue(JdbcClient jdbc, ObjectProvider<Scheduler> scheduler) {
		this.jdbc = jdbc;
		this.scheduler = scheduler;
	}

	@EventListener
	void on(GatewayChanged changed) {
		wake(Kind.GATEWAY, changed.gatewayId());
	}

	@EventListener
	void on(TargetChanged changed) {
		wake(Kind.TARGET, changed.targetId());
	}

	/** Makes the resource's reconcile due now, in the current transaction if there is one. */
	void wake(Kind kind, UUID id) {
		jdbc.sql("""
				insert into scheduled_tasks (task_name, task_instance, execution_time, picked, version)
				values (?, ?, now(), false, 1)
				on conflict (task_name, task_instance) do update set execution_time = now()
				where scheduled_tasks.picked = false and scheduled_tasks.execution_time > now()""")
			.params(TASK, kind.instance(id))
			.update();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					checkNow();
				}
			});
		}
		else {
			checkNow();
		}
	}

	private void checkNow() {
		Scheduler local = scheduler.getIfAvailable();
		if (local != null && local.getSchedulerState().isStarted()) {
			local.triggerCheckForDueExecutions();
		}
	}

}
