package dev.agentcore.controlplane.stream;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import dev.agentcore.controlplane.resource.CommittedEvent;
import dev.agentcore.controlplane.resource.CommittedEvents;
import dev.agentcore.controlplane.resource.EventPosition;

/**
 * One open stream: reads the history it missed from the database (page by page, no connection
 * held in between), then the events the feed offers into a bounded buffer. A reader whose buffer
 * fills is disconnected rather than buffered without limit; it resumes with Last-Event-ID. Events
 * at or before the last one sent are skipped, so the catch-up and the buffer may overlap. A stream
 * ends when the token that opened it expires: it must not outlive the access it was granted on.
 */
final class Subscription {

	static final String TOKEN_EXPIRED = "token expired; reconnect with a new token and Last-Event-ID";

	private final String team;

	private final EventPosition start;

	private final SseEmitter emitter;

	private final BlockingQueue<CommittedEvent> buffer;

	private final StreamSettings settings;

	private final Instant closesAt;

	private volatile boolean ended;

	private volatile Thread writer;

	private EventPosition lastSent;

	/**
	 * @param team the team whose events to send; null for every team (admins)
	 * @param start the position after which to send
	 * @param closesAt when the caller's token expires and the stream ends; null for no such end
	 */
	Subscription(String team, EventPosition start, SseEmitter emitter, StreamSettings settings, Instant closesAt) {
		this.team = team;
		this.closesAt = closesAt;
		this.start = start;
		this.emitter = emitter;
		this.settings = settings;
		this.buffer = new ArrayBlockingQueue<>(settings.buffer());
	}

	/** Called by the feed for every new event; never blocks. */
	void offer(CommittedEvent event) {
		if (ended || (team != null && !team.equals(event.team()))) {
			return;
		}
		if (!buffer.offer(event)) {
			end("the reader fell " + settings.buffer() + " events behind");
		}
	}

	/** Ends the stream without waiting for a write in progress (the feed must never block on a reader). */
	void end(String reason) {
		if (ended) {
			return;
		}
		ended = true;
		Thread running = writer;
		if (running != null) {
			running.interrupt();
		}
		Thread.ofVirtual().start(emitter::complete);
	}

	/** Sends until the client goes away or the stream is ended; runs on its own virtual thread. */
	void run(EventFeed feed, CommittedEvents events) {
		writer = Thread.currentThread();
		lastSent = start;
		try {
			emitter.send(SseEmitter.event().reconnectTime(2000).comment("connected"));
			catchUp(events);
			feed.register(this);
			catchUp(events);
			while (!ended) {
				long wait = settings.heartbeat().toMillis();
				if (closesAt != null) {
					long left = Duration.between(Instant.now(), closesAt).toMillis();
					if (left <= 0) {
						emitter.send(SseEmitter.event().comment(TOKEN_EXPIRED));
						break;
					}
					wait = Math.min(wait, left);
				}
				CommittedEvent next = buffer.poll(wait, TimeUnit.MILLISECONDS);
				if (next == null) {
					if (closesAt == null || Instant.now().isBefore(closesAt)) {
						emitter.send(SseEmitter.event().comment("heartbeat"));
					}
				}
				else if (next.position().isAfter(lastSent)) {
					send(next);
				}
			}
		}
		catch (IOException | IllegalStateException | InterruptedException ex) {
			// The client went away, the emitter completed or timed out, or the stream was ended.
		}
		finally {
			feed.unregister(this);
			if (!ended) {
				ended = true;
				emitter.complete();
			}
		}
	}

	private void catchUp(CommittedEvents events) throws IOException {
		List<CommittedEvent> page;
		do {
			page = team == null ? events.after(lastSent, settings.page()) : events.after(lastSent, team, settings.page());
			for (CommittedEvent event : page) {
				send(event);
			}
		}
		while (page.size() == settings.page() && !ended);
	}

	private void send(CommittedEvent event) throws IOException {
		emitter.send(SseEmitter.event()
			.id(Long.toString(event.id()))
			.data(StreamEvent.from(event), MediaType.APPLICATION_JSON));
		lastSent = event.position();
	}

	/** Marks the stream ended because the emitter completed, timed out or failed. */
	void closed() {
		if (!ended) {
			ended = true;
			Thread running = writer;
			if (running != null) {
				running.interrupt();
			}
		}
	}

}
