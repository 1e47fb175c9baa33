package dev.agentcore.controlplane.stream;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.resource.CommittedEvent;
import dev.agentcore.controlplane.resource.CommittedEvents;
import dev.agentcore.controlplane.resource.EventPosition;

/**
 * One reader of the committed history per replica, handing each new event to the subscriptions
 * that want it. Polling, not LISTEN/NOTIFY: one indexed query per interval serves every subscriber
 * of the replica, needs no connection held open, and the commit-order rule (only events older than
 * every running transaction) would make a notified reader wait for the same horizon anyway. It
 * reads only while someone subscribes. It stops before the web server's graceful shutdown, so open
 * streams end at once instead of holding shutdown up.
 */
@Component
@Profile("!simulator")
class EventFeed implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(EventFeed.class);

	private final CommittedEvents events;

	private final StreamSettings settings;

	private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();

	private final Object lock = new Object();

	/** What has been handed to the subscriptions; null while nobody subscribes. */
	private EventPosition head;

	private volatile Thread poller;

	EventFeed(CommittedEvents events, StreamSettings settings) {
		this.events = events;
		this.settings = settings;
	}

	/**
	 * Adds a subscription; every event after the returned position will be offered to it. It should
	 * have read the history up to that position itself.
	 */
	EventPosition register(Subscription subscription) {
		synchronized (lock) {
			if (head == null) {
				head = events.horizon();
			}
			subscriptions.add(subscription);
			return head;
		}
	}

	void unregister(Subscription subscription) {
		subscriptions.remove(subscription);
	}

	int subscribers() {
		return subscriptions.size();
	}

	private void run() {
		while (poller == Thread.currentThread()) {
			try {
				int read = pollOnce();
				if (read < settings.page()) {
					Thread.sleep(settings.pollInterval());
				}
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
				log.warn("Reading the event history failed; retrying: {}", ex.getMessage());
				sleepQuietly();
			}
		}
	}

	int pollOnce() {
		EventPosition from;
		synchronized (lock) {
			if (subscriptions.isEmpty()) {
				head = null;
			}
			from = head;
		}
		if (from == null) {
			return 0;
		}
		List<CommittedEvent> batch = events.after(from, settings.page());
		synchronized (lock) {
			for (CommittedEvent event : batch) {
				for (Subscription subscription : subscriptions) {
					subscription.offer(event);
				}
			}
			if (!batch.isEmpty()) {
				head = batch.getLast().position();
			}
		}
		return batch.size();
	}

	private void sleepQuietly() {
		try {
			Thread.sleep(settings.pollInterval());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void start() {
		Thread thread = Thread.ofPlatform().daemon().name("event-feed").unstarted(this::run);
		poller = thread;
		thread.start();
	}

	@Override
	public void stop() {
		Thread running = poller;
		poller = null;
		if (running != null) {
			running.interrupt();
		}
		subscriptions.forEach(subscription -> subscription.end("the server is shutting down"));
	}

	@Override
	public boolean isRunning() {
		return poller != null;
	}

	/** Stops before the web server's graceful shutdown phase. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE;
	}

}
