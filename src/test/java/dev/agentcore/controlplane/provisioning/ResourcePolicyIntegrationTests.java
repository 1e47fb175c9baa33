package dev.agentcore.controlplane.provisioning;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ResourceNotFoundException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.SimulatedAwsTests;

import static dev.agentcore.controlplane.support.Fixtures.lambdaTarget;
import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A gateway's resource policy through the API against the simulated account: put once the gateway exists, set back
 * when changed outside, deleted when the spec leaves it out, refused before it is stored when it is not a policy of
 * this gateway, and applied by the gateway's data plane to callers of other accounts.
 */
class ResourcePolicyIntegrationTests extends SimulatedAwsTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String PARTNER = "arn:aws:iam::222233334444:role/partner-agents";

	static final String STRANGER = "arn:aws:iam::999988887777:role/agents";

	@Test
	void aSecondAccountsRoleMayCallTheAwsIamGatewayTheResourcePolicyOpensAndAThirdIsRefused() {
		String name = unique("Shared");
		String id = post("/api/v1/gateways", gateway(name, "AWS_IAM", policy(PARTNER, pattern(name))));
		JsonNode ready = awaitPhase("/api/v1/gateways/" + id, "READY");
		String arn = ready.at("/aws/gatewayArn").asString();
		assertThat(JSON.readTree(agentCore.getResourcePolicy(r -> r.resourceArn(arn)).policy()))
			.isEqualTo(JSON.readTree(policy(PARTNER, pattern(name))));
		assertThat(ready.get("resourcePolicy")).isEqualTo(JSON.readTree(policy(PARTNER, pattern(name))));
		assertThat(awsCalls(id)).anyMatch(message -> message.startsWith("PutResourcePolicy"));
		String target = post("/api/v1/gateways/" + id + "/targets", lambdaTarget("weather"));
		awaitPhase("/api/v1/gateways/" + id + "/targets/" + target, "READY");

		String awsId = ready.at("/aws/gatewayId").asString();
		callAs("partner-" + awsId, PARTNER);
		callAs("stranger-" + awsId, STRANGER);
		Http.Response tools = mcp(awsId, "partner-" + awsId, "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"tools/list\"}");
		assertThat(tools.status()).as(tools.body()).isEqualTo(200);
		String tool = tools.json().at("/result/tools/0/name").asString();
		String call = "{\"jsonrpc\": \"2.0\", \"id\": 2, \"method\": \"tools/call\", \"params\": {\"name\": \"" + tool
				+ "\", \"arguments\": {\"city\": \"Oslo\"}}}";

		Http.Response partner = mcp(awsId, "partner-" + awsId, call);
		assertThat(partner.status()).as(partner.body()).isEqualTo(200);
		assertThat(partner.json().at("/result/isError").asBoolean()).isFalse();
		Http.Response own = mcp(awsId, "own-account-key", call);
		assertThat(own.status()).as("the gateway's own account needs no resource policy").isEqualTo(200);
		Http.Response stranger = mcp(awsId, "stranger-" + awsId, call);
		assertThat(stranger.status()).isEqualTo(403);
		assertThat(stranger.json().at("/error/message").asString()).contains(STRANGER)
			.contains("not authorized to perform: bedrock-agentcore:InvokeGateway");
	}

	@Test
	void aPolicyChangedOutsideIsSetBackAndLeavingTheMemberOutDeletesIt() {
		String name = unique("Drifting");
		String declared = policy(PARTNER, "*");
		String id = post("/api/v1/gateways", gateway(name, "NONE", declared));
		String arn = awaitPhase("/api/v1/gateways/" + id, "READY").at("/aws/gatewayArn").asString();
		await(() -> calls("PutResourcePolicy") > 0 && heldPolicy(arn) != null ? arn : null);

		agentCore.putResourcePolicy(r -> r.resourceArn(arn).policy(policy(STRANGER, "*")));
		assertThat(api.post("/api/v1/gateways/" + id + "/reconcile", "").status()).isEqualTo(202);
		await(() -> JSON.readTree(declared).equals(heldPolicy(arn)) ? arn : null);
		// The pass's report (its events) commits after the AWS call that set the policy back: wait for it too.
		await(() -> events(id, "DRIFT_DETECTED").stream().anyMatch(message -> message.contains("resource policy")
				&& message.contains("changed outside the control plane")) ? arn : null);

		Http.Response current = api.get("/api/v1/gateways/" + id);
		String without = gateway(name, "NONE", null);
		assertThat(api.put("/api/v1/gateways/" + id, current.header("ETag").orElseThrow(), without).status()).isEqualTo(202);
		await(() -> api.get("/api/v1/gateways/" + id).json().at("/status/observedGeneration").asLong() == 2
				&& heldPolicy(arn) == null ? arn : null);
		assertThat(awsCalls(id)).anyMatch(message -> message.startsWith("DeleteResourcePolicy"));
		assertThat(api.get("/api/v1/gateways/" + id).json().has("resourcePolicy")
				&& !api.get("/api/v1/gateways/" + id).json().get("resourcePolicy").isNull()).isFalse();
	}

	@Test
	void policiesThatAreNotThisGatewaysAreRefusedNamingTheFieldAndAnyPrincipalIsWarnedOf() {
		String name = unique("Refusing");
		assertRefused(gateway(name, "AWS_IAM", "\"{not json\""), "resourcePolicy");
		assertRefused(gateway(name, "AWS_IAM", policy(PARTNER,
				"arn:aws:bedrock-agentcore:us-east-1:123456789012:gateway/someone-else-*")), "resourcePolicy.Statement[0].Resource");
		assertRefused(gateway(name, "AWS_IAM", policy(PARTNER, "*").replace("2012-10-17", "2008-10-17")),
				"resourcePolicy.Version");
		assertRefused(gateway(name, "AWS_IAM", policy(PARTNER, "*").replace("Partners", "s".repeat(20_480))),
				"resourcePolicy");

		String open = policy(PARTNER, "*").replace("{\"AWS\": \"" + PARTNER + "\"}", "\"*\"");
		String id = post("/api/v1/gateways", gateway(name, "AWS_IAM", open));
		assertThat(events(id, "WARNING")).anyMatch(message -> message.contains("any principal"));
		JsonNode ready = awaitPhase("/api/v1/gateways/" + id, "READY");
		String otherAccount = "arn:aws:bedrock-agentcore:us-east-1:999988887777:gateway/" + name.toLowerCase(Locale.ROOT) + "-*";
		Http.Response refused = api.put("/api/v1/gateways/" + id, api.get("/api/v1/gateways/" + id).header("ETag").orElseThrow(),
				gateway(name, "AWS_IAM", policy(PARTNER, otherAccount)));
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("resourcePolicy.Statement[0].Resource");
		assertThat(refused.json().at("/errors/0/message").asString()).contains(ready.at("/aws/gatewayArn").asString());
	}

	private void assertRefused(String body, String field) {
		Http.Response refused = api.post("/api/v1/gateways", body);
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().at("/errors/0/field").asString()).as(refused.body()).isEqualTo(field);
	}

	private List<String> awsCalls(String id) {
		return events(id, "AWS_CALL");
	}

	private List<String> events(String id, String type) {
		return api.get("/api/v1/gateways/" + id + "/events?limit=200").json().get("items").valueStream()
			.filter(event -> event.get("type").asString().equals(type))
			.map(event -> event.get("message").asString())
			.toList();
	}

	private static JsonNode heldPolicy(String arn) {
		try {
			return JSON.readTree(agentCore.getResourcePolicy(r -> r.resourceArn(arn)).policy());
		}
		catch (ResourceNotFoundException none) {
			return null;
		}
	}

	static String gateway(String name, String authorizer, String policy) {
		return """
				{"name": "%s", "roleArn": "arn:aws:iam::123456789012:role/AgentCoreGatewayRole",
				 "authorizer": {"type": "%s"}%s}""".formatted(name, authorizer,
				policy == null ? "" : ", \"resourcePolicy\": " + policy);
	}

	static String policy(String principal, String resource) {
		return """
				{"Version": "2012-10-17", "Statement": [{"Sid": "Partners", "Effect": "Allow", "Principal": {"AWS": "%s"},
				 "Action": "bedrock-agentcore:InvokeGateway", "Resource": "%s"}]}""".formatted(principal, resource);
	}

	static String pattern(String name) {
		return "arn:aws:bedrock-agentcore:us-east-1:123456789012:gateway/" + name.toLowerCase(Locale.ROOT) + "-*";
	}

	private static void callAs(String accessKey, String principal) {
		assertThat(simulatorHttp.send("PUT", "/local/aws/callers/" + accessKey, null, "application/json",
				"{\"principalArn\": \"" + principal + "\"}").status()).isEqualTo(204);
	}

	/** A JSON-RPC message to the gateway's MCP endpoint, SigV4-signed with {@code accessKey}. */
	private static Http.Response mcp(String awsId, String accessKey, String body) {
		String path = "/local/aws/gateways/" + awsId + "/mcp";
		String port = simulator.getEnvironment().getProperty("local.server.port");
		SdkHttpRequest request = SdkHttpRequest.builder()
			.uri(URI.create("http://localhost:" + port + path))
			.method(SdkHttpMethod.POST)
			.putHeader("Content-Type", "application/json")
			.build();
		SignedRequest signed = AwsV4HttpSigner.create().sign(sign -> sign.identity(AwsCredentialsIdentity.create(accessKey, "secret"))
			.request(request)
			.payload(ContentStreamProvider.fromUtf8String(body))
			.putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "bedrock-agentcore")
			.putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1"));
		Map<String, String> headers = new LinkedHashMap<>();
		signed.request().headers().forEach((header, values) -> {
			if (!header.equalsIgnoreCase("Host") && !header.equalsIgnoreCase("Content-Type")
					&& !header.equalsIgnoreCase("Content-Length")) {
				headers.put(header, String.join(",", values));
			}
		});
		return simulatorHttp.send("POST", path, null, "application/json", body, headers);
	}

}
