package dev.agentcore.controlplane.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/** A webhook endpoint for tests, on loopback: records every request and answers with the status it is told. */
public final class WebhookReceiver implements AutoCloseable {

	public record Received(Map<String, String> headers, String body, int answered) {

		String header(String name) {
			return headers.get(name);
		}

	}

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private volatile int status = 200;

	public WebhookReceiver() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		server.createContext("/hooks", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			int answer = status;
			received.add(new Received(Map.of("webhook-id", first(exchange, "webhook-id"), "webhook-timestamp",
					first(exchange, "webhook-timestamp"), "webhook-signature", first(exchange, "webhook-signature")), body,
					answer));
			exchange.sendResponseHeaders(answer, -1);
			exchange.close();
		});
		server.start();
	}

	private static String first(com.sun.net.httpserver.HttpExchange exchange, String name) {
		String value = exchange.getRequestHeaders().getFirst(name);
		return value == null ? "" : value;
	}

	public String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
	}

	void answer(int status) {
		this.status = status;
	}

	public List<Received> received() {
		return List.copyOf(received);
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
