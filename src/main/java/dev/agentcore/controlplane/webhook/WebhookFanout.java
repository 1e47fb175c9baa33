package dev.agentcore.controlplane.webhook;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.agentcore.controlplane.resource.CommittedEvent;
import dev.agentcore.controlplane.resource.CommittedEvents;
import dev.agentcore.controlplane.resource.EventPosition;

/**
 * Matches newly committed events against the enabled webhooks and queues a delivery for each match.
 * It reads the history in commit order from a position kept in the database and moves that position
 * in the same transaction as the deliveries it queues, so every event is matched exactly once,
 * whichever replica does it ({@code for update skip locked}: one at a time, the others skip). A
 * webhook gets events that happened after it was created. Requests never wait for any of this.
 */
@Component
@Profile("!simulator")
class WebhookFanout implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(WebhookFanout.class);

	static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final CommittedEvents events;

	private final Webhooks webhooks;

	private final WebhookQueue queue;

	private final TransactionTemplate transactions;

	private final WebhookSettings settings;

	private volatile Thread worker;

	WebhookFanout(JdbcClient jdbc, CommittedEvents events, Webhooks webhooks, WebhookQueue queue,
			TransactionTemplate transactions, WebhookSettings settings) {
		this.jdbc = jdbc;
		this.events = events;
		this.webhooks = webhooks;
		this.queue = queue;
		this.transactions = transactions;
		this.settings = settings;
	}

	/** Matches one batch; returns the number of deliveries queued, or -1 when there was nothing new. */
	int fanOutOnce() {
		Integer queued = transactions.execute(status -> {
			EventPosition position = jdbc.sql("select tx::text, event_id from webhook_fanout for update skip locked")
				.query((rs, n) -> new EventPosition(Long.parseLong(rs.getString(1)), rs.getLong(2)))
				.optional()
				.orElse(null);
			if (position == null) {
				return -1;
			}
			List<CommittedEvent> batch = events.after(position, BATCH);
			if (batch.isEmpty()) {
				return -1;
			}
			Set<String> teams = batch.stream().map(CommittedEvent::team).collect(Collectors.toSet());
			List<Webhook> candidates = webhooks.enabledOf(teams);
			int count = 0;
			for (CommittedEvent event : batch) {
				for (Webhook webhook : candidates) {
					if (webhook.team().equals(event.team()) && webhook.wants(event.type())
							&& !event.at().isBefore(webhook.createdAt())) {
						queue.enqueue(webhook.id(), event.id());
						count++;
					}
				}
			}
			EventPosition last = batch.getLast().position();
			jdbc.sql("update webhook_fanout set tx = cast(? as xid8), event_id = ?")
				.params(Long.toString(last.tx()), last.id())
				.update();
			return count;
		});
		if (queued != null && queued > 0) {
			queue.wake();
		}
		return queued == null ? -1 : queued;
	}

	private void run() {
		while (worker == Thread.currentThread()) {
			try {
				if (fanOutOnce() < 0) {
					Thread.sleep(settings.fanoutInterval());
				}
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
				log.warn("Matching events to webhooks failed; retrying: {}", ex.getMessage());
				try {
					Thread.sleep(settings.fanoutInterval());
				}
				catch (InterruptedException interrupted) {
					return;
				}
			}
		}
	}

	@Override
	public void start() {
		if (settings.enabled()) {
			Thread thread = Thread.ofPlatform().daemon().name("webhook-fanout").unstarted(this::run);
			worker = thread;
			thread.start();
		}
	}

	@Override
	public void stop() {
		Thread running = worker;
		worker = null;
		if (running != null) {
			running.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return worker != null;
	}

}
