package dev.agentcore.controlplane.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/v1/events/stream} read as a browser's EventSource does: the {@code data:} of each message. */
public final class JarEventStream implements AutoCloseable {

	private final HttpResponse<Stream<String>> response;

	private final BlockingQueue<String> data = new LinkedBlockingQueue<>();

	private JarEventStream(HttpResponse<Stream<String>> response) {
		this.response = response;
		Thread.ofVirtual().start(() -> {
			try (Stream<String> lines = response.body()) {
				lines.filter(line -> line.startsWith("data:")).forEach(line -> data.add(line.substring(5).trim()));
			}
			catch (RuntimeException closed) {
				// the stream ends when the test closes it
			}
		});
	}

	public static JarEventStream open(int port, String token) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/events/stream"))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "text/event-stream")
			.build();
		return new JarEventStream(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines()));
	}

	public int status() {
		return response.statusCode();
	}

	/** The first message's data, as JSON; fails if none comes within {@code patience}. */
	public JsonNode first(Duration patience) throws InterruptedException {
		String first = data.poll(patience.toMillis(), TimeUnit.MILLISECONDS);
		if (first == null) {
			throw new AssertionError("no event on the stream within " + patience);
		}
		return JsonMapper.builder().build().readTree(first);
	}

	@Override
	public void close() {
		response.body().close();
	}

}
