package dev.agentcore.controlplane.outbound;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import dev.agentcore.controlplane.outbound.FetchFailed.Reason;
import dev.agentcore.controlplane.support.ScriptedServer;

import static dev.agentcore.controlplane.support.ScriptedServer.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The guarded fetch against hostile servers: every exchange ends by its deadline, within its size, on its origin. */
class GuardedFetchTests {

	static final Duration DEADLINE = Duration.ofMillis(1500);

	GuardedFetch strict = new GuardedFetch(settings(false, 16));

	GuardedFetch local = new GuardedFetch(settings(true, 16));

	static OutboundSettings settings(boolean allowPrivate, int concurrent) {
		return new OutboundSettings(allowPrivate, DEADLINE, DataSize.ofKilobytes(64), concurrent, 4);
	}

	@Test
	void internalAddressesAreRefusedWithoutNamingThem() {
		for (String url : new String[] { "https://169.254.169.254/latest/meta-data/", "https://127.0.0.1/x",
				"https://localhost/x", "https://10.0.0.8/x", "https://[::1]/x", "https://[::ffff:a9fe:a9fe]/x",
				"https://[64:ff9b::7f00:1]/x", "https://[2002:7f00:1::1]/x", "https://[2001::1]/x", "https://198.18.0.1/x",
				"https://240.0.0.1/x", "https://255.255.255.255/x" }) {
			FetchFailed refused = catchThrowableOfType(FetchFailed.class, () -> strict.get(URI.create(url)));
			assertThat(refused).as(url).isNotNull();
			assertThat(refused.reason()).isEqualTo(Reason.NOT_ALLOWED);
			assertThat(refused.getMessage()).contains("not allowed");
		}
		FetchFailed localhost = catchThrowableOfType(FetchFailed.class, () -> strict.get(URI.create("https://localhost/x")));
		assertThat(localhost.getMessage()).as("the resolved address stays in the log").doesNotContain("127.0.0.1");
	}

	@Test
	void everySpellingOfAnInternalAddressIsRefusedBeforeAnyLookupAsOnSave() {
		AtomicInteger lookups = new AtomicInteger();
		GuardedFetch counting = new GuardedFetch(settings(false, 16), host -> {
			lookups.incrementAndGet();
			return InetAddress.getAllByName(host);
		});
		for (String url : dev.agentcore.controlplane.support.InternalUrls.SPELLINGS) {
			FetchFailed refused = catchThrowableOfType(FetchFailed.class, () -> counting.get(URI.create(url)));
			assertThat(refused).as(url).isNotNull();
			assertThat(refused.reason()).as(url).isEqualTo(Reason.NOT_ALLOWED);
			assertThat(refused.getMessage()).as(url).endsWith(counting.refusal(URI.create(url)));
		}
		assertThat(lookups).as("refused by their spelling, as the save check refuses them").hasValue(0);
	}

	@Test
	void plainHttpAndCredentialsInTheUrlAreRefused() {
		assertThat(catchThrowableOfType(FetchFailed.class, () -> strict.get(URI.create("http://issuer.example.com/x")))
			.getMessage()).contains("not https");
		assertThat(catchThrowableOfType(FetchFailed.class, () -> strict.get(URI.create("https://u:p@issuer.example.com/x")))
			.getMessage()).contains("credentials");
	}

	@Test
	void aTrickledBodyEndsAtTheDeadline() throws Exception {
		try (ScriptedServer trickler = new ScriptedServer(out -> {
			write(out, "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n");
			for (int i = 0; i < 1000; i++) {
				write(out, "x");
				Thread.sleep(100);
			}
		})) {
			long started = System.nanoTime();
			FetchFailed failed = catchThrowableOfType(FetchFailed.class, () -> local.get(URI.create(trickler.url("/jwks"))));
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			assertThat(failed.reason()).isEqualTo(Reason.TIMED_OUT);
			assertThat(took).isLessThan(DEADLINE.plusSeconds(1));
		}
	}

	@Test
	void aServerThatNeverAnswersEndsAtTheDeadline() throws Exception {
		try (ScriptedServer silent = new ScriptedServer(out -> Thread.sleep(60_000))) {
			long started = System.nanoTime();
			assertThat(catchThrowableOfType(FetchFailed.class, () -> local.get(URI.create(silent.url("/")))).reason())
				.isEqualTo(Reason.TIMED_OUT);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(DEADLINE.plusSeconds(1));
		}
	}

	@Test
	void bodiesOverTheCapAreRefusedWhateverTheirFraming() throws Exception {
		try (ScriptedServer declared = new ScriptedServer(out -> write(out, "HTTP/1.1 200 OK\r\nContent-Length: 99999999\r\n\r\n"));
				ScriptedServer chunked = new ScriptedServer(out -> {
					write(out, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
					for (int i = 0; i < 100; i++) {
						write(out, "1000\r\n" + "y".repeat(4096) + "\r\n");
					}
				});
				ScriptedServer unframed = new ScriptedServer(out -> write(out, "HTTP/1.0 200 OK\r\n\r\n" + "z".repeat(70_000)))) {
			for (ScriptedServer server : List.of(declared, chunked, unframed)) {
				assertThat(catchThrowableOfType(FetchFailed.class, () -> local.get(URI.create(server.url("/")))).reason())
					.isEqualTo(Reason.TOO_LARGE);
			}
		}
	}

	@Test
	void chunkedBodiesAreReadWhole() throws Exception {
		try (ScriptedServer chunked = new ScriptedServer(out -> write(out,
				"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
						+ "5;ext=1\r\n{\"a\":\r\n3\r\n 1}\r\n0\r\nX-Trailer: t\r\n\r\n"))) {
			Fetched fetched = local.get(URI.create(chunked.url("/doc")));
			assertThat(fetched.status()).isEqualTo(200);
			assertThat(fetched.text()).isEqualTo("{\"a\": 1}");
			assertThat(fetched.contentType()).isEqualTo("application/json");
		}
	}

	@Test
	void redirectsKeepSchemeHostAndPort() throws Exception {
		try (ScriptedServer target = new ScriptedServer(out -> write(out, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}"));
				ScriptedServer otherPort = new ScriptedServer(out -> write(out,
						"HTTP/1.1 302 Found\r\nLocation: " + target.url("/doc") + "\r\nContent-Length: 0\r\n\r\n"));
				ScriptedServer noHost = new ScriptedServer(out -> write(out,
						"HTTP/1.1 301 Moved\r\nLocation: http:///doc\r\nContent-Length: 0\r\n\r\n"));
				ScriptedServer samePort = new ScriptedServer(out -> write(out,
						"HTTP/1.1 307 Temporary\r\nLocation: /elsewhere\r\nContent-Length: 0\r\n\r\n"))) {
			assertThat(catchThrowableOfType(FetchFailed.class, () -> local.get(URI.create(otherPort.url("/")))).reason())
				.isEqualTo(Reason.NOT_ALLOWED);
			assertThat(catchThrowableOfType(FetchFailed.class, () -> local.get(URI.create(noHost.url("/")))).reason())
				.isEqualTo(Reason.NOT_ALLOWED);
			FetchFailed loop = catchThrowableOfType(FetchFailed.class, () -> local.get(URI.create(samePort.url("/"))));
			assertThat(loop.getMessage()).contains("redirects more than 3 times");
			assertThat(samePort.connections()).isEqualTo(4);
		}
	}

	@Test
	void theHostIsResolvedOnceAndTheCheckedAddressIsTheOneConnectedTo() throws Exception {
		try (ScriptedServer server = new ScriptedServer(out -> write(out, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"))) {
			AtomicInteger lookups = new AtomicInteger();
			// A rebinding DNS server: the first answer is the one checked; later answers point elsewhere.
			GuardedFetch fetch = new GuardedFetch(settings(true, 16), host -> lookups.incrementAndGet() == 1
					? new InetAddress[] { InetAddress.getByName("127.0.0.1") }
					: new InetAddress[] { InetAddress.getByName("10.255.255.1") });
			Fetched fetched = fetch.get(URI.create("http://issuer.rebind.test:" + server.port() + "/doc"));
			assertThat(fetched.text()).isEqualTo("ok");
			assertThat(lookups).hasValue(1);
		}
	}

	@Test
	void anyInternalAnswerAmongPublicOnesIsRefused() {
		GuardedFetch fetch = new GuardedFetch(settings(false, 16), host -> new InetAddress[] {
				InetAddress.getByName("93.184.216.34"), InetAddress.getByName("169.254.169.254") });
		FetchFailed refused = catchThrowableOfType(FetchFailed.class, () -> fetch.get(URI.create("https://issuer.example.com/x")));
		assertThat(refused.reason()).isEqualTo(Reason.NOT_ALLOWED);
		assertThat(refused.getMessage()).doesNotContain("169.254");
	}

	@Test
	void fetchesBeyondTheConcurrencyBoundAreRefusedAtOnce() throws Exception {
		GuardedFetch single = new GuardedFetch(settings(true, 1));
		try (ScriptedServer slow = new ScriptedServer(out -> Thread.sleep(60_000))) {
			CompletableFuture<Void> holding = CompletableFuture.runAsync(() -> {
				try {
					single.get(URI.create(slow.url("/")));
				}
				catch (FetchFailed ex) {
					// the deadline ends it
				}
			});
			while (slow.connections() == 0) {
				Thread.sleep(10);
			}
			long started = System.nanoTime();
			assertThatThrownBy(() -> single.get(URI.create(slow.url("/")))).isInstanceOf(OutboundBusy.class)
				.satisfies(busy -> assertThat(((OutboundBusy) busy).getHeaders().getFirst("Retry-After")).isEqualTo("5"));
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
			holding.join();
		}
	}

	@Test
	void postedHeadersCannotInjectLines() {
		assertThatThrownBy(() -> local.post(URI.create("http://127.0.0.1:9/x"), "application/json", new byte[0],
				Map.of("X-Evil", "a\r\nHost: elsewhere"))).isInstanceOf(IllegalArgumentException.class);
	}

}
