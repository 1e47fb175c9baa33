package dev.agentcore.controlplane.agentaccess;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.IntNode;

import static org.assertj.core.api.Assertions.assertThat;

class McpClientTests {

	final McpClient client = new McpClient(HttpClient.newHttpClient(), JsonMapper.builder().build(),
			URI.create("https://example.com/mcp"), body -> Map.of(), Duration.ofSeconds(1));

	@Test
	void readsTheAnswerOutOfAServerSentEventStream() {
		String stream = "event: message\ndata: {\"jsonrpc\": \"2.0\", \"method\": \"notifications/progress\"}\n\n"
				+ "event: message\r\ndata: {\"jsonrpc\": \"2.0\", \"id\": 2,\r\ndata:  \"result\": {\"tools\": []}}\r\n\r\n";
		var answer = client.parse(stream, "text/event-stream", IntNode.valueOf(2));
		assertThat(answer.get("id").asInt()).isEqualTo(2);
		assertThat(answer.has("result")).isTrue();
	}

	@Test
	void readsPlainJsonAndIgnoresWhatIsNotJson() {
		assertThat(client.parse("{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": {}}", "application/json", IntNode.valueOf(1))
			.has("result")).isTrue();
		assertThat(client.parse("<html>Bad gateway</html>", "text/html", IntNode.valueOf(1))).isNull();
		assertThat(client.parse("", "application/json", IntNode.valueOf(1))).isNull();
	}

}
