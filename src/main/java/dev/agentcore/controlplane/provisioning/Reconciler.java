package dev.agentcore.controlplane.provisioning;

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

import dev.agentcore.controlplane.gateway.GatewayStatus;
import dev.agentcore.controlplane.resource.StatusColumns;
import dev.agentcore.controlplane.gatewaytarget.TargetStatus;

/**
 * Runs one reconcile of one resource and decides when the next one is due. If someone changed
 * the resource while it ran, the next run is due at once.
 */
@Component
class Reconciler {

	private static final Logger log = LoggerFactory.getLogger(Reconciler.class);

	private final GatewayReconciler gateways;

	private final TargetReconciler targets;

	private final GatewayStatus gatewayStatus;

	private final TargetStatus targetStatus;

	private final MeterRegistry meters;

	private final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();

	private final Counter overlaps;

	Reconciler(GatewayReconciler gateways, TargetReconciler targets, GatewayStatus gatewayStatus,
			TargetStatus targetStatus, MeterRegistry meters) {
		this.gateways = gateways;
		this.targets = targets;
		this.gatewayStatus = gatewayStatus;
		this.targetStatus = targetStatus;
		this.meters = meters;
		this.overlaps = Counter.builder("controlplane.reconcile.overlaps")
			.description("Reconciles of one resource that ran at the same time in this process (should stay 0)")
			.register(meters);
	}

	Next run(String instance) {
		boolean gateway = instance.startsWith(ProvisioningQueue.Kind.GATEWAY.prefix);
		UUID id = UUID.fromString(instance.substring(instance.indexOf(':') + 1));
		StatusColumns status = gateway ? gatewayStatus : targetStatus;
		AtomicInteger inFlight = running.computeIfAbsent(instance, key -> new AtomicInteger());
		if (inFlight.incrementAndGet() > 1) {
			overlaps.increment();
			log.error("Two reconciles of {} overlap; the queue should prevent this", instance);
		}
		Timer.Sample sample = Timer.start(meters);
		String outcome = "error";
		try {
			String before = status.changeMarker(id);
			Next next = gateway ? gateways.reconcile(id) : targets.reconcile(id);
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
				.tags("kind", gateway ? "gateway" : "target", "outcome", outcome)
				.register(meters));
		}
	}

	int overlapsSeen() {
		return (int) overlaps.count();
	}

}
