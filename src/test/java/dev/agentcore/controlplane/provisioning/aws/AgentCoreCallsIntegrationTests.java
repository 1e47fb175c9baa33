package dev.agentcore.controlplane.provisioning.aws;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AccessDeniedException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ConflictException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GatewaySummary;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetGatewayRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.InternalServerException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ResourceNotFoundException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ThrottlingException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ValidationException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.mock.env.MockEnvironment;

import dev.agentcore.controlplane.provisioning.AgentCoreFailure;
import dev.agentcore.controlplane.provisioning.aws.StandaloneSimulator.Sent;

import static dev.agentcore.controlplane.provisioning.aws.StandaloneSimulator.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The generic call path's contract, against the simulated AgentCore: an operation called through it
 * answers what the SDK's typed call answers, requests are signed over what is sent, errors are the
 * SDK's exception types (and classified as any SDK call's), and the retry strategy is the SDK's.
 */
class AgentCoreCallsIntegrationTests {

	static final String ROLE = "arn:aws:iam::123456789012:role/gateway";

	static StandaloneSimulator simulator;

	static BedrockAgentCoreControlClient sdk;

	final List<Sent> sent = new CopyOnWriteArrayList<>();

	@BeforeAll
	static void start() {
		simulator = new StandaloneSimulator();
		sdk = simulator.client();
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@AfterEach
	void noFaults() {
		simulator.faults("{}");
	}

	@Test
	void getGatewayAnswersTheDocumentTheSdkReceivesSignedOverWhatIsSent() {
		String id = readyGateway();
		MemberShim.Exchange raw = MemberShim.Exchange.reading();
		sdk.getGateway(MemberShim.attach(GetGatewayRequest.builder().gatewayIdentifier(id).build(), raw));

		AgentCoreCalls.Answer answer = calls(AwsRetryStrategy.doNotRetry())
			.call(AgentCoreOperation.GET_GATEWAY, Map.of("gatewayIdentifier", id), null);

		assertThat(answer.body()).isEqualTo(raw.received());
		assertThat(answer.requestId()).isNotBlank();
		Sent request = sent.getFirst();
		assertThat(request.request().method().name()).isEqualTo("GET");
		assertThat(request.request().encodedPath()).endsWith("/local/aws/agentcore/gateways/" + id + "/");
		assertThat(request.request().firstMatchingHeader("Authorization").orElseThrow())
			.startsWith("AWS4-HMAC-SHA256 Credential=simulated/")
			.contains("/us-east-1/bedrock-agentcore/aws4_request")
			.isEqualTo(Signatures.over(request.request(), request.body()));
	}

	@Test
	void listGatewaysPagesThroughTheQueryAsTheSdkDoes() {
		readyGateway();
		readyGateway();
		AgentCoreCalls calls = calls(AwsRetryStrategy.doNotRetry());
		List<String> pagedHere = new ArrayList<>();
		String token = null;
		do {
			ObjectNode input = MemberShim.JSON.createObjectNode().put("maxResults", 1);
			if (token != null) {
				input.put("nextToken", token);
			}
			JsonNode page = calls.call(AgentCoreOperation.LIST_GATEWAYS, Map.of(), input).body();
			assertThat(page.get("items")).hasSizeLessThanOrEqualTo(1);
			page.get("items").forEach(item -> pagedHere.add(item.get("gatewayId").asString()));
			token = page.path("nextToken").asString(null);
		}
		while (token != null);
		assertThat(sent.getFirst().request().rawQueryParameters()).containsEntry("maxResults", List.of("1"));
		assertThat(sent.getFirst().body()).as("a GET without body members has no body").isEmpty();
		assertThat(pagedHere).containsExactlyElementsOf(
				sdk.listGatewaysPaginator(r -> r.maxResults(1)).items().stream().map(GatewaySummary::gatewayId).toList());
	}

	@Test
	void theIdempotencyTokenIsFilledWhenLeftOutAndAReusedOneAnswersTheSameGateway() {
		AgentCoreCalls calls = calls(AwsRetryStrategy.doNotRetry());
		String name = name();
		JsonNode created = calls.call(AgentCoreOperation.CREATE_GATEWAY, Map.of(), gateway(name)).body();
		JsonNode sentBody = MemberShim.JSON.readTree(sent.getFirst().body());
		assertThat(sentBody.get("clientToken").asString()).hasSizeGreaterThanOrEqualTo(33);
		assertThat(sent.getFirst().request().firstMatchingHeader("Content-Type")).contains("application/json");

		ObjectNode again = gateway(name).put("clientToken", sentBody.get("clientToken").asString());
		assertThat(calls.call(AgentCoreOperation.CREATE_GATEWAY, Map.of(), again).body().get("gatewayId"))
			.isEqualTo(created.get("gatewayId"));
	}

	@Test
	void errorsAreTheSdkExceptionTypesAndClassifiedAsAnySdkCallsAre() {
		AgentCoreCalls calls = calls(AwsRetryStrategy.doNotRetry());
		ResourceNotFoundException notFound = catchThrowableOfType(ResourceNotFoundException.class,
				() -> calls.call(AgentCoreOperation.GET_GATEWAY, Map.of("gatewayIdentifier", "nosuch-abcdefghij"), null));
		assertThat(notFound.statusCode()).isEqualTo(404);
		assertThat(notFound.requestId()).isNotBlank();
		AgentCoreFailure translated = catchThrowableOfType(AgentCoreFailure.class, () -> AwsFailures.translate("GetGateway",
				() -> calls.call(AgentCoreOperation.GET_GATEWAY, Map.of("gatewayIdentifier", "nosuch-abcdefghij"), null)));
		assertThat(translated.isNotFound()).isTrue();

		ValidationException invalid = catchThrowableOfType(ValidationException.class, () -> calls
			.call(AgentCoreOperation.LIST_GATEWAYS, Map.of(), MemberShim.JSON.createObjectNode().put("maxResults", 0)));
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.awsErrorDetails().errorMessage()).contains("maxResults");

		String name = name();
		calls.call(AgentCoreOperation.CREATE_GATEWAY, Map.of(), gateway(name));
		ConflictException taken = catchThrowableOfType(ConflictException.class,
				() -> calls.call(AgentCoreOperation.CREATE_GATEWAY, Map.of(), gateway(name)));
		assertThat(taken.statusCode()).isEqualTo(409);
		assertThat(AwsFailures.retryable("ConflictException", 409, taken.getMessage())).isTrue();

		simulator.faults("{\"accessDenied\": [\"ListGateways\"]}");
		AgentCoreFailure denied = catchThrowableOfType(AgentCoreFailure.class, () -> AwsFailures.translate("ListGateways",
				() -> calls.call(AgentCoreOperation.LIST_GATEWAYS, Map.of(), null)));
		assertThat(denied.getCause()).isInstanceOf(AccessDeniedException.class);
		assertThat(denied.getMessage()).contains("bedrock-agentcore:ListGateways");
		assertThat(denied.retryable()).isFalse();
	}

	@Test
	void throttlingAndServerErrorsAreRetriedByTheSdksRetryStrategyAndNotWithoutIt() {
		simulator.faults("{\"throttleRate\": 1.0}");
		ThrottlingException once = catchThrowableOfType(ThrottlingException.class,
				() -> calls(AwsRetryStrategy.doNotRetry()).call(AgentCoreOperation.LIST_GATEWAYS, Map.of(), null));
		assertThat(once.statusCode()).isEqualTo(429);
		assertThat(once.isThrottlingException()).isTrue();
		assertThat(sent).as("the provisioner's strategy: no SDK retries").hasSize(1);

		sent.clear();
		RetryStrategy standard = AwsRetryStrategy.standardRetryStrategy();
		catchThrowableOfType(ThrottlingException.class,
				() -> calls(standard).call(AgentCoreOperation.LIST_GATEWAYS, Map.of(), null));
		assertThat(sent).hasSize(standard.maxAttempts());

		simulator.faults("{\"serverErrorRate\": 1.0}");
		sent.clear();
		InternalServerException failed = catchThrowableOfType(InternalServerException.class,
				() -> calls(standard).call(AgentCoreOperation.LIST_GATEWAYS, Map.of(), null));
		assertThat(failed.statusCode()).isEqualTo(500);
		assertThat(sent).hasSize(standard.maxAttempts());
		assertThat(sent).as("each attempt signed").allMatch(each -> each.request().firstMatchingHeader("Authorization")
			.orElseThrow()
			.equals(Signatures.over(each.request(), each.body())));
	}

	private AgentCoreCalls calls(RetryStrategy strategy) {
		return new AgentCoreCalls(new RecordingClients(simulator.endpoint(), sent, strategy));
	}

	private static String readyGateway() {
		String id = sdk.createGateway(r -> r.name(name()).roleArn(ROLE).protocolType("MCP").authorizerType("NONE"))
			.gatewayId();
		await(() -> sdk.getGateway(r -> r.gatewayIdentifier(id)).statusAsString().equals("READY") ? true : null);
		return id;
	}

	private static ObjectNode gateway(String name) {
		return MemberShim.JSON.createObjectNode()
			.put("name", name)
			.put("roleArn", ROLE)
			.put("protocolType", "MCP")
			.put("authorizerType", "NONE");
	}

	private static String name() {
		return "calls-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** The provisioner's client pieces, with the HTTP client recording what is sent and a chosen retry strategy. */
	static final class RecordingClients extends AgentCoreClients {

		private final List<Sent> sent;

		private final RetryStrategy strategy;

		RecordingClients(String endpoint, List<Sent> sent, RetryStrategy strategy) {
			super(new AwsSettings(endpoint, null, null, "us-east-1", null, null, true, Duration.ofSeconds(60),
					Duration.ofSeconds(5)), new MockEnvironment());
			this.sent = sent;
			this.strategy = strategy;
		}

		@Override
		SdkHttpClient http() {
			SdkHttpClient real = super.http();
			return new SdkHttpClient() {

				@Override
				public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
					byte[] body = request.contentStreamProvider().map(RecordingClients::bytes).orElse(new byte[0]);
					sent.add(new Sent(request.httpRequest(), body));
					return real.prepareRequest(request);
				}

				@Override
				public void close() {
				}

			};
		}

		@Override
		RetryStrategy retryStrategy() {
			return strategy;
		}

		private static byte[] bytes(software.amazon.awssdk.http.ContentStreamProvider content) {
			try (var in = content.newStream()) {
				return in.readAllBytes();
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}

	}

}
