package dev.agentcore.controlplane.agentaccess;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An MCP client over streamable HTTP, as an agent talks to a gateway: JSON-RPC 2.0 messages POSTed
 * to the endpoint, answers as JSON or as a server-sent event stream, the session id and protocol
 * version carried on once agreed. Every request shares one deadline.
 */
final class McpClient {

	static final String CLIENT_PROTOCOL = "2025-06-18";

	private final HttpClient http;

	private final JsonMapper json;

	private final URI endpoint;

	private final Function<byte[], Map<String, String>> authorization;

	private final long deadlineNanos;

	private String sessionId;

	private String protocolVersion;

	private int nextId = 1;

	McpClient(HttpClient http, JsonMapper json, URI endpoint, Function<byte[], Map<String, String>> authorization,
			Duration deadline) {
		this.http = http;
		this.json = json;
		this.endpoint = endpoint;
		this.authorization = authorization;
		this.deadlineNanos = System.nanoTime() + deadline.toNanos();
	}

	/** One answer: the HTTP status and the JSON-RPC message (null for a notification or an unreadable body). */
	record Answer(int status, JsonNode message) {

		boolean ok() {
			return status == 200 && message != null && message.has("result");
		}

		JsonNode result() {
			return message.get("result");
		}

		/** The JSON-RPC error message, or what the HTTP answer says. */
		String error() {
			if (message != null && message.has("error")) {
				return message.path("error").path("message").asString("") + " (JSON-RPC error "
						+ message.path("error").path("code").asInt() + ")";
			}
			return "HTTP " + status + (message == null ? " without a JSON-RPC answer" : "");
		}

	}

	/** The deadline passed or the gateway could not be reached. */
	static final class Unreachable extends Exception {

		Unreachable(String message) {
			super(message, null, false, false);
		}

	}

	Answer initialize() throws Unreachable {
		ObjectNode params = JsonNodeFactory.instance.objectNode().put("protocolVersion", CLIENT_PROTOCOL);
		params.putObject("capabilities");
		params.putObject("clientInfo").put("name", "agentcore-control-plane-probe").put("version", "1.0.0");
		Answer answer = request("initialize", params);
		if (answer.ok()) {
			protocolVersion = answer.result().path("protocolVersion").asString(CLIENT_PROTOCOL);
			notify("notifications/initialized");
		}
		return answer;
	}

	Answer request(String method, JsonNode params) throws Unreachable {
		ObjectNode message = JsonNodeFactory.instance.objectNode().put("jsonrpc", "2.0").put("id", nextId++).put("method", method);
		if (params != null) {
			message.set("params", params);
		}
		return send(message);
	}

	String protocolVersion() {
		return protocolVersion;
	}

	private void notify(String method) throws Unreachable {
		send(JsonNodeFactory.instance.objectNode().put("jsonrpc", "2.0").put("method", method));
	}

	private Answer send(ObjectNode message) throws Unreachable {
		long left = deadlineNanos - System.nanoTime();
		if (left <= 0) {
			throw new Unreachable("the probe's deadline passed");
		}
		byte[] body = json.writeValueAsBytes(message);
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Type", "application/json");
		headers.put("Accept", "application/json, text/event-stream");
		if (protocolVersion != null) {
			headers.put("MCP-Protocol-Version", protocolVersion);
		}
		if (sessionId != null) {
			headers.put("Mcp-Session-Id", sessionId);
		}
		headers.putAll(authorization.apply(body));
		HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofNanos(left))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		headers.forEach(request::header);
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			response.headers().firstValue("Mcp-Session-Id").ifPresent(id -> sessionId = id);
			String type = response.headers().firstValue("Content-Type").orElse("");
			return new Answer(response.statusCode(), parse(response.body(), type, message.get("id")));
		}
		catch (HttpTimeoutException ex) {
			throw new Unreachable("the gateway did not answer within the probe's deadline");
		}
		catch (IOException ex) {
			throw new Unreachable("the gateway cannot be reached (" + (ex.getMessage() == null ? ex.getClass().getSimpleName()
					: ex.getMessage()) + ")");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Unreachable("interrupted");
		}
	}

	/** A JSON body, or the event of a server-sent event stream that answers {@code id}. */
	JsonNode parse(String body, String contentType, JsonNode id) {
		if (body == null || body.isBlank()) {
			return null;
		}
		try {
			if (!contentType.startsWith("text/event-stream")) {
				return json.readTree(body);
			}
			for (String event : body.replace("\r\n", "\n").split("\n\n")) {
				StringBuilder data = new StringBuilder();
				for (String line : event.split("\n")) {
					if (line.startsWith("data:")) {
						data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).stripLeading());
					}
				}
				if (!data.isEmpty()) {
					JsonNode message = json.readTree(data.toString());
					if (id == null || id.equals(message.get("id"))) {
						return message;
					}
				}
			}
			return null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

}
