package dev.agentcore.controlplane.stream;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A Server-Sent Events reader for tests: parses messages and comments off a real HTTP connection. */
public final class SseClient implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public record Message(String id, JsonNode data) {

		long eventId() {
			return Long.parseLong(id);
		}

		String type() {
			return data.get("type").asString();
		}

	}

	private final BlockingQueue<Object> received = new LinkedBlockingQueue<>();

	private final HttpResponse<Stream<String>> response;

	private final Thread reader;

	private SseClient(HttpResponse<Stream<String>> response) {
		this.response = response;
		this.reader = Thread.ofVirtual().start(this::read);
	}

	public static SseClient connect(int port, String token, String query, String lastEventId) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/v1/events/stream" + (query == null ? "" : "?" + query)))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "text/event-stream");
		if (lastEventId != null) {
			request.header("Last-Event-ID", lastEventId);
		}
		try {
			HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
				.send(request.build(), HttpResponse.BodyHandlers.ofLines());
			return new SseClient(response);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public int status() {
		return response.statusCode();
	}

	private void read() {
		String id = null;
		StringBuilder data = new StringBuilder();
		try {
			for (String line : (Iterable<String>) response.body()::iterator) {
				if (line.isEmpty()) {
					if (!data.isEmpty()) {
						received.add(new Message(id, JSON.readTree(data.toString())));
					}
					id = null;
					data.setLength(0);
				}
				else if (line.startsWith(":")) {
					received.add(line.substring(1));
				}
				else if (line.startsWith("id:")) {
					id = line.substring(3);
				}
				else if (line.startsWith("data:")) {
					data.append(line.substring(5));
				}
			}
		}
		catch (RuntimeException ex) {
			// Closed.
		}
		received.add(Boolean.FALSE);
	}

	/** The next message (skipping comments), or null when none arrives in time or the stream ended. */
	Message next(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		try {
			while (true) {
				Object item = received.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
				if (item == null || item == Boolean.FALSE) {
					if (item == Boolean.FALSE) {
						received.add(item);
					}
					return null;
				}
				if (item instanceof Message message) {
					return message;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/** The next comment line, skipping messages. */
	String nextComment(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		try {
			while (true) {
				Object item = received.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
				if (item == null || item == Boolean.FALSE) {
					return null;
				}
				if (item instanceof String comment) {
					return comment;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/** Messages until one matches {@code last} (included), or fails when none does in time. */
	public List<Message> until(Predicate<Message> last, Duration timeout) {
		List<Message> messages = new ArrayList<>();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			Message message = next(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
			if (message == null) {
				throw new AssertionError("no matching event within " + timeout + "; received " + messages.stream()
					.map(m -> m.id() + " " + m.type() + " " + m.data().get("message").asString())
					.toList());
			}
			messages.add(message);
			if (last.test(message)) {
				return messages;
			}
		}
	}

	/** Whether the server ended the stream within {@code timeout} (skipping whatever came before the end). */
	boolean ended(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		try {
			while (true) {
				Object item = received.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
				if (item == null) {
					return false;
				}
				if (item == Boolean.FALSE) {
					received.add(item);
					return true;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Messages until the stream is quiet for {@code quiet}. */
	public List<Message> drain(Duration quiet) {
		List<Message> messages = new ArrayList<>();
		Message message;
		while ((message = next(quiet)) != null) {
			messages.add(message);
		}
		return messages;
	}

	@Override
	public void close() {
		response.body().close();
		reader.interrupt();
	}

}
