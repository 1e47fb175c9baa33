package dev.agentcore.controlplane.audit;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class JsonPatchTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void secretsInsideUrlsAreRedactedOnBothSides() {
		JsonNode patch = diff("{\"url\": \"https://u:p@hooks.example.com/h?api-key=old\"}",
				"{\"url\": \"https://hooks.example.com/h?api-key=new&region=eu\", \"endpoint\": {\"mcp\": \"https://mcp.example.com/?token=t\"}}");
		assertThat(patch.toString()).doesNotContain("old").doesNotContain(":p@").doesNotContain("new&").doesNotContain("token=t");
		assertThat(patch).isEqualTo(json("""
				[{"op": "test", "path": "/url", "value": "https://***@hooks.example.com/h?api-key=***"},
				 {"op": "replace", "path": "/url", "value": "https://hooks.example.com/h?api-key=***&region=eu"},
				 {"op": "add", "path": "/endpoint", "value": {"mcp": "https://mcp.example.com/?token=***"}}]"""));
	}

	@Test
	void aReplacedValueIsTestedForWhatItWasThenReplaced() {
		assertThat(diff("{\"description\": \"old\", \"roleArn\": \"r\"}", "{\"description\": \"new\", \"roleArn\": \"r\"}"))
			.isEqualTo(json("""
					[{"op": "test", "path": "/description", "value": "old"},
					 {"op": "replace", "path": "/description", "value": "new"}]"""));
	}

	@Test
	void addedRemovedAndNestedMembersWithEscapedPointers() {
		JsonNode patch = diff("{\"tags\": {\"a/b\": \"1\", \"c~d\": \"2\"}, \"gone\": true}",
				"{\"tags\": {\"a/b\": \"1\", \"c~d\": \"3\"}, \"added\": [1]}");
		assertThat(patch).isEqualTo(json("""
				[{"op": "test", "path": "/tags/c~0d", "value": "2"}, {"op": "replace", "path": "/tags/c~0d", "value": "3"},
				 {"op": "test", "path": "/gone", "value": true}, {"op": "remove", "path": "/gone"},
				 {"op": "add", "path": "/added", "value": [1]}]"""));
	}

	@Test
	void arraysOfTheSameLengthAreComparedItemByItemOthersReplacedWhole() {
		assertThat(diff("{\"v\": [1, 2]}", "{\"v\": [1, 3]}")).isEqualTo(json("""
				[{"op": "test", "path": "/v/1", "value": 2}, {"op": "replace", "path": "/v/1", "value": 3}]"""));
		assertThat(diff("{\"v\": [1]}", "{\"v\": [1, 3]}")).isEqualTo(json("""
				[{"op": "test", "path": "/v", "value": [1]}, {"op": "replace", "path": "/v", "value": [1, 3]}]"""));
	}

	@Test
	void creationAddsEveryMemberAndDeletionRemovesThem() {
		assertThat(JsonPatch.diff(null, json("{\"a\": 1}"))).isEqualTo(json("[{\"op\": \"add\", \"path\": \"/a\", \"value\": 1}]"));
		assertThat(JsonPatch.diff(json("{\"a\": 1}"), null)).isEqualTo(json("""
				[{"op": "test", "path": "/a", "value": 1}, {"op": "remove", "path": "/a"}]"""));
		assertThat(diff("{\"a\": 1}", "{\"a\": 1}")).isEmpty();
	}

	@Test
	void secretsNeverEnterAPatch() {
		JsonNode patch = diff("{\"customParameters\": {\"client_secret\": \"s3cr3t-old\", \"audience\": \"x\"}}",
				"{\"customParameters\": {\"client_secret\": \"s3cr3t-new\", \"audience\": \"y\"}, \"apiKey\": \"k3y\"}");
		assertThat(patch.toString()).doesNotContain("s3cr3t").doesNotContain("k3y").contains("/customParameters/audience");
		assertThat(patch.toString()).contains("\"path\":\"/apiKey\",\"value\":\"<redacted>\"");
	}

	private static JsonNode diff(String from, String to) {
		return JsonPatch.diff(json(from), json(to));
	}

	@Test
	void aKeyNamesASecretWhenItContainsASecretWordInAnyCase() {
		assertThat(List.of("clientSecret", "PASSWORD", "sshPassphrase", "accessToken", "tokenUrl", "apiKey", "x_api_key",
				"PrivateKey", "private_key_pem")).allMatch(JsonPatch::namesASecret);
		assertThat(List.of("roleArn", "description", "tags", "api-key", "passwd", "tokn", "")).noneMatch(JsonPatch::namesASecret);
	}

	private static JsonNode json(String text) {
		return JSON.readTree(text);
	}

}
