package dev.agentcore.controlplane.simulator;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What every simulated kind gets from {@link SimulatedStore}, shown on a made-up kind: client-token
 * repeats, paging in creation order, and transitions completed by the kind's rule when their time comes.
 */
class SimulatedStoreTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final Instant T0 = Instant.parse("2026-12-07T12:00:00Z");

	/** A made-up kind: settles READY (FAILED for doomed names), gone when its DELETING ends. */
	record Widget(long sequence, String id, String name, String owner, String status, Instant settlesAt,
			String clientToken, JsonNode createRequest) {

		Widget settled(String newStatus) {
			return new Widget(sequence, id, name, owner, newStatus, null, clientToken, createRequest);
		}

	}

	static final SimulatedShape<Widget> WIDGETS = new SimulatedShape<>(Widget::id, Widget::sequence,
			Widget::clientToken, Widget::createRequest, Widget::settlesAt, (widget, faults) -> {
				if (widget.status().equals("DELETING")) {
					return null;
				}
				return widget.settled(faults.failsName(widget.name()) ? "FAILED" : "READY");
			});

	@Test
	void theSameTokenAndRequestAnswerTheItemItCreated() {
		SimulatedStore<Widget> store = store(widget(1, "w1", "owner-a", "tok", "{\"name\":\"w1\"}"));

		assertThat(store.repeated("tok", json("{\"name\":\"w1\",\"clientToken\":\"tok\"}"), widget -> true))
			.hasValueSatisfying(widget -> assertThat(widget.id()).isEqualTo("w1"));
	}

	@Test
	void theSameTokenWithAnotherRequestIsAnIdempotentParameterMismatch() {
		SimulatedStore<Widget> store = store(widget(1, "w1", "owner-a", "tok", "{\"name\":\"w1\"}"));

		assertThatExceptionOfType(AwsError.class)
			.isThrownBy(() -> store.repeated("tok", json("{\"name\":\"other\",\"clientToken\":\"tok\"}"), widget -> true))
			.satisfies(error -> {
				assertThat(error.type()).isEqualTo("ValidationException");
				assertThat(error.status()).isEqualTo(400);
				assertThat(error.reason()).isEqualTo("IdempotentParameterMismatchException");
			});
	}

	@Test
	void noTokenAnotherTokenOrATokenOutsideTheScopeIsANewCreate() {
		SimulatedStore<Widget> store = store(widget(1, "w1", "owner-a", "tok", "{\"name\":\"w1\"}"));

		assertThat(store.repeated(null, json("{\"name\":\"w1\"}"), widget -> true)).isEmpty();
		assertThat(store.repeated("other", json("{\"name\":\"w1\"}"), widget -> true)).isEmpty();
		assertThat(store.repeated("tok", json("{\"name\":\"changed\"}"), widget -> widget.owner().equals("owner-b")))
			.isEmpty();
	}

	@Test
	void pagesFollowCreationOrderAcrossNextTokensAndKeepOnlyTheFilteredItems() {
		SimulatedStore<Widget> store = store(widget(3, "c", "owner-a", null, "{}"), widget(1, "a", "owner-a", null, "{}"),
				widget(2, "b", "owner-b", null, "{}"), widget(4, "d", "owner-a", null, "{}"),
				widget(5, "e", "owner-a", null, "{}"));

		Pages.Page<Widget> first = store.page(widget -> widget.owner().equals("owner-a"), 2, null);
		assertThat(first.items()).extracting(Widget::id).containsExactly("a", "c");
		assertThat(first.nextToken()).isNotNull();
		Pages.Page<Widget> second = store.page(widget -> widget.owner().equals("owner-a"), 2, first.nextToken());
		assertThat(second.items()).extracting(Widget::id).containsExactly("d", "e");
		assertThat(second.nextToken()).isNull();
		assertThatExceptionOfType(AwsError.class).isThrownBy(() -> store.page(widget -> true, 1001, null))
			.satisfies(error -> assertThat(error.type()).isEqualTo("ValidationException"));
	}

	@Test
	void transitionsCompleteByTheKindsRuleOnlyOnceTheirTimeHasCome() {
		SimulatedStore<Widget> store = store(transitioning(1, "ok", "CREATING", T0.plusSeconds(10)),
				transitioning(2, "doomed", "CREATING", T0.plusSeconds(10)),
				transitioning(3, "leaving", "DELETING", T0.plusSeconds(20)));
		Faults faults = new Faults(0.0, 0.0, 0L, 0L, "doomed", null, null, null, List.of(), null, null, false, null, null)
			.withDefaults();

		assertThat(store.settle(T0.plusSeconds(9), faults)).isFalse();
		assertThat(store.find("ok")).hasValueSatisfying(widget -> assertThat(widget.status()).isEqualTo("CREATING"));

		assertThat(store.settle(T0.plusSeconds(10), faults)).isTrue();
		assertThat(store.find("ok")).hasValueSatisfying(widget -> assertThat(widget.status()).isEqualTo("READY"));
		assertThat(store.find("doomed")).hasValueSatisfying(widget -> assertThat(widget.status()).isEqualTo("FAILED"));
		assertThat(store.find("leaving")).isPresent();

		assertThat(store.settle(T0.plusSeconds(20), faults)).isTrue();
		assertThat(store.find("leaving")).isEmpty();
		assertThat(store.all()).extracting(Widget::id).containsExactly("ok", "doomed");
		assertThat(store.settle(T0.plusSeconds(30), faults)).isFalse();
	}

	@Test
	void theItemsKeptInTheStateFileComeBackInTheirOrder() {
		SimulatedStore<Widget> store = store(widget(1, "a", "owner-a", null, "{}"), widget(2, "b", "owner-a", null, "{}"));

		SimulatedStore<Widget> reloaded = new SimulatedStore<>(WIDGETS, store.all());

		assertThat(reloaded.all()).isEqualTo(store.all());
		assertThat(reloaded.contains("b")).isTrue();
		assertThat(reloaded.size()).isEqualTo(2);
	}

	@Test
	void aTransitionStartsNowEndsAfterTheDelayAndIsSaved() {
		List<String> saved = new java.util.ArrayList<>();
		SimulatedStore<Widget> store = store();
		store.timed(new SimulatedStore.Timing(java.time.Clock.fixed(T0, java.time.ZoneOffset.UTC),
				() -> java.time.Duration.ofSeconds(3), () -> saved.add(store.all().toString())));

		Widget started = store.start((now, settlesAt) -> transitioning(1, "w1", "CREATING", settlesAt));

		assertThat(started.settlesAt()).isEqualTo(T0.plusSeconds(3));
		assertThat(store.find("w1")).contains(started);
		assertThat(saved).as("saved once, with the started item").containsExactly(List.of(started).toString());
		assertThat(store.settle(T0.plusSeconds(2), Faults.NONE)).isFalse();
		assertThat(store.settle(T0.plusSeconds(3), Faults.NONE)).isTrue();
		assertThat(store.find("w1")).hasValueSatisfying(widget -> assertThat(widget.status()).isEqualTo("READY"));
	}

	private static SimulatedStore<Widget> store(Widget... widgets) {
		return new SimulatedStore<>(WIDGETS, List.of(widgets));
	}

	private static Widget widget(long sequence, String id, String owner, String token, String request) {
		return new Widget(sequence, id, id, owner, "READY", null, token, json(request));
	}

	private static Widget transitioning(long sequence, String name, String status, Instant settlesAt) {
		return new Widget(sequence, name, name, "owner-a", status, settlesAt, null, json("{}"));
	}

	private static JsonNode json(String text) {
		return JSON.readTree(text);
	}

}
