package dev.agentcore.controlplane.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import dev.agentcore.controlplane.resource.CommittedEvent;
import dev.agentcore.controlplane.resource.EventPosition;
import dev.agentcore.controlplane.resource.EventType;
import dev.agentcore.controlplane.resource.ResourceEvent;
import dev.agentcore.controlplane.resource.ResourceType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SubscriptionTests {

	static final StreamSettings TWO_EVENTS = new StreamSettings(Duration.ofMillis(100), Duration.ofSeconds(15), 2,
			Duration.ofMinutes(1), 10, 5);

	@Test
	void aReaderThatFallsBehindItsBufferIsCutNotBufferedWithoutLimit() {
		AtomicBoolean completed = new AtomicBoolean();
		SseEmitter emitter = new SseEmitter() {
			@Override
			public synchronized void complete() {
				completed.set(true);
			}
		};
		Subscription subscription = new Subscription("blue", EventPosition.START, emitter, TWO_EVENTS, null);
		subscription.offer(event(1, "blue"));
		subscription.offer(event(2, "blue"));
		assertThat(completed).isFalse();
		subscription.offer(event(3, "blue"));
		await().atMost(Duration.ofSeconds(5)).untilTrue(completed);
	}

	@Test
	void otherTeamsEventsTakeNoRoomInTheBuffer() {
		AtomicBoolean completed = new AtomicBoolean();
		SseEmitter emitter = new SseEmitter() {
			@Override
			public synchronized void complete() {
				completed.set(true);
			}
		};
		Subscription subscription = new Subscription("blue", EventPosition.START, emitter, TWO_EVENTS, null);
		for (int i = 1; i <= 10; i++) {
			subscription.offer(event(i, "green"));
		}
		assertThat(completed).isFalse();
	}

	private static CommittedEvent event(long id, String team) {
		UUID resource = UUID.randomUUID();
		return new CommittedEvent(new EventPosition(100, id), new ResourceEvent(id, Instant.now(), ResourceType.GATEWAY,
				resource, EventType.SPEC_ACCEPTED, "declared", "someone", null), resource, team);
	}

}
