package dev.agentcore.controlplane.provisioning;

import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import com.github.kagkarlsson.scheduler.Scheduler;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.function.SingletonSupplier;

import dev.agentcore.controlplane.TransactionScoped;
import dev.agentcore.controlplane.WritesAtCommit;
import dev.agentcore.controlplane.resource.ResourceChanged;
import dev.agentcore.controlplane.resource.ResourceType;

/**
 * Hands resources to the reconciler: one pending reconcile per resource, written in the same
 * transaction as the change that caused it (so a committed change is never lost and a rolled
 * back one never runs), made due now, and the local scheduler woken after commit so an idle
 * replica starts in milliseconds rather than at its next poll. A resource declared behind a backlog at AgentCore's
 * quota is queued for its turn instead, saying so in its status: it costs nothing until then (issue #27). Both are
 * written with the transaction's COMMIT ({@link WritesAtCommit}).
 */
@Component
public class ProvisioningQueue {

	static final String TASK = "reconcile";

	static final long WAKE_MARGIN_MILLIS = 1;

	/** The resources the current transaction queued for their turn. */
	private static final TransactionScoped<Set<String>> QUEUED_FOR_TURN = new TransactionScoped<>(HashSet::new);

	private final WritesAtCommit writes;

	/** Work due before the next poll (a turn at the quota, a short retry) is woken by this timer when it is due. */
	private final ScheduledThreadPoolExecutor timer = timer();

	private final WakeTimes wakeTimes = new WakeTimes(timer, this::checkNow, System::currentTimeMillis);

	/** The local scheduler, resolved once it is there (through the bean factory on every commit it cost a POST 2%). */
	private final SingletonSupplier<Scheduler> scheduler;

	private final RateLimits limits;

	/** The reconciler, resolved once rather than through the bean factory on every declaration. */
	private final SingletonSupplier<Reconciler> reconciler;

	ProvisioningQueue(WritesAtCommit writes, ObjectProvider<Scheduler> scheduler, RateLimits limits,
			ObjectProvider<Reconciler> reconciler) {
		this.writes = writes;
		this.scheduler = SingletonSupplier.ofNullable(scheduler::getIfAvailable);
		this.limits = limits;
		this.reconciler = SingletonSupplier.of(reconciler::getObject);
	}

	@EventListener
	void on(ResourceChanged changed) {
		ResourceType type = changed.ref().type();
		UUID id = changed.ref().id();
		String instance = instance(type, id);
		ResourceChanged.CreatedIn where = changed.createdIn();
		String table = where == null ? null : reconciler.obtain().quotaKindTable(type);
		Instant turn = table == null ? null : limits.turnAtDeclaration(instance, where.accountId(), where.region());
		if (turn != null) {
			queueForTurn(instance, id, turn, table);
		}
		else if (!queuedForTurnInThisTransaction(instance)) {
			// What else the declaring transaction recorded (a warning) leaves the turn as it is.
			wake(type, id);
		}
	}

	/** Whether this transaction queued {@code instance} for its turn. */
	private static boolean queuedForTurnInThisTransaction(String instance) {
		Set<String> queued = QUEUED_FOR_TURN.current();
		return queued != null && queued.contains(instance);
	}

	/** Remembers, until the transaction ends, that it queued {@code instance} for its turn. */
	private static void rememberQueuedForTurn(String instance) {
		Set<String> queued = QUEUED_FOR_TURN.obtain();
		if (queued != null) {
			queued.add(instance);
		}
	}

	/**
	 * Queues a resource just declared for its turn at the quota, and says so in its status, in one statement sent with
	 * the declaring transaction's commit ({@link WritesAtCommit}: a read of the row before then sees the message it
	 * was declared with); after commit, the local timer wakes the scheduler at the turn.
	 */
	private void queueForTurn(String instance, UUID id, Instant turn, String table) {
		writes.write("""
				with queued as (
				  insert into scheduled_tasks (task_name, task_instance, execution_time, picked, version)
				  values (?, ?, ?, false, 1)
				  on conflict (task_name, task_instance) do nothing)
				update %s set status_message = ? where id = ?""".formatted(table), TASK, instance,
				java.sql.Timestamp.from(turn), limits.waitingForTurn(), id);
		rememberQueuedForTurn(instance);
		afterCommit(() -> wakeAt(turn));
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
		writes.write("""
				insert into scheduled_tasks (task_name, task_instance, execution_time, picked, version)
				values (?, ?, now(), false, 1)
				on conflict (task_name, task_instance) do update set execution_time = now()
				where scheduled_tasks.picked = false and scheduled_tasks.execution_time > now()""", TASK,
				instance(type, id));
		afterCommit(wakes::request);
	}

	private static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}

	/**
	 * Triggers a check for due work at {@code due} by the wall clock the queue compares with ({@link WakeTimes}: one
	 * timer task for all the times waiting).
	 */
	void wakeAt(Instant due) {
		wakeTimes.add(due);
	}

	private static ScheduledThreadPoolExecutor timer() {
		ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1,
				Thread.ofPlatform().daemon().name("reconcile-timer").factory());
		timer.setRemoveOnCancelPolicy(true);
		return timer;
	}

	@jakarta.annotation.PreDestroy
	void stopTimer() {
		timer.shutdownNow();
	}

	private final CoalescedWakes wakes = new CoalescedWakes(this::checkNow);

	private void checkNow() {
		Scheduler local = scheduler.get();
		if (local != null && local.getSchedulerState().isStarted()) {
			local.triggerCheckForDueExecutions();
		}
	}

}
