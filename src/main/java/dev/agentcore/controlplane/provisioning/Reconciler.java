package dev.agentcore.controlplane.provisioning;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.resource.ResourceType;
import dev.agentcore.controlplane.resource.StatusColumns;

/**
 * Runs one reconcile of one resource and decides when the next one is due. If someone changed
 * the resource while it ran, the next run is due at once.
 */
@Component
class Reconciler {

	private static final Logger log = LoggerFactory.getLogger(Reconciler.class);

	private final Map<ResourceType, ResourceReconciler<?, ?, ?>> reconcilers = new EnumMap<>(
			ResourceType.class);

	private final MeterRegistry meters;

	private final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();

	private final Counter overlaps;

	Reconciler(List<ResourceReconciler<?, ?, ?>> reconcilers, MeterRegistry meters) {
		for (ResourceReconciler<?, ?, ?> reconciler : reconcilers) {
			if (this.reconcilers.put(reconciler.kind(), reconciler) != null) {
				throw new IllegalStateException("Two reconcilers of " + reconciler.kind() + ": a kind is registered once");
			}
			if (reconciler.declaration().iamActions().isEmpty()) {
				throw new IllegalStateException(reconciler.kind() + " declares no IAM actions (ResourceKind.calls): the "
						+ "control plane's own policy must grant what its client calls");
			}
		}
		this.meters = meters;
		this.overlaps = Counter.builder("controlplane.reconcile.overlaps")
			.description("Reconciles of one resource that ran at the same time in this process (should stay 0)")
			.register(meters);
	}

	/**
	 * The status table of {@code type} when its creates count against AgentCore's mutating quota (a declaration can be
	 * queued for its turn there); null when they do not.
	 */
	String quotaKindTable(ResourceType type) {
		ResourceReconciler<?, ?, ?> reconciler = reconcilers.get(type);
		return reconciler == null || !reconciler.mutatesWithinQuota() ? null : reconciler.status().table();
	}

	Next run(String instance) {
		ResourceType kind = ProvisioningQueue.typeOf(instance);
		UUID id = UUID.fromString(instance.substring(instance.indexOf(':') + 1));
		ResourceReconciler<?, ?, ?> reconciler = reconcilers.get(kind);
		StatusColumns status = reconciler.status();
		AtomicInteger inFlight = running.computeIfAbsent(instance, key -> new AtomicInteger());
		if (inFlight.incrementAndGet() > 1) {
			overlaps.increment();
			log.error("Two reconciles of {} overlap; the queue should prevent this", instance);
		}
		Timer.Sample sample = Timer.start(meters);
		String outcome = "error";
		try {
			String before = status.changeMarker(id);
			Next next = reconciler.reconcile(id);
			outcome = next.isDone() ? "done" : "requeued";
			if (!"gone".equals(before) && !before.equals(status.changeMarker(id))) {
				return Next.now();
			}
			return next;
		}
		finally {
			inFlight.decrementAndGet();
			sample.stop(Timer.builder("controlplane.reconcile.duration")
				.description("Duration of one reconcile")
				.tags("kind", kind.name().toLowerCase(java.util.Locale.ROOT), "outcome", outcome)
				.register(meters));
		}
	}

	int overlapsSeen() {
		return (int) overlaps.count();
	}

}
