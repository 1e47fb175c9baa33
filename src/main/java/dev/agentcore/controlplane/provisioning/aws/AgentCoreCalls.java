package dev.agentcore.controlplane.provisioning.aws;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.AcquireInitialTokenResponse;
import software.amazon.awssdk.retries.api.RecordSuccessRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenResponse;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.retries.api.RetryToken;
import software.amazon.awssdk.retries.api.TokenAcquisitionFailedException;
import software.amazon.awssdk.utils.http.SdkHttpUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * A call of an AgentCore operation the served SDK (2.40.2) does not have, on the SDK's own pieces: the
 * AgentCore client's HTTP client, credentials provider, region and endpoint resolution
 * ({@link AgentCoreClients}), its SigV4 signer ({@link AwsV4HttpSigner}, signing name
 * {@code bedrock-agentcore}) and its retry strategy. Errors are the SDK's own exception types
 * ({@link AgentCoreErrors}), so {@link AwsFailures} and the reconcilers treat them as any SDK call's.
 * When a newer SDK has an operation, its typed call replaces this one; when it has them all, this
 * class and {@link AgentCoreOperation} are deleted.
 */
@Component
class AgentCoreCalls {

	static final String SIGNING_NAME = "bedrock-agentcore";

	private final AgentCoreClients clients;

	private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

	AgentCoreCalls(AgentCoreClients clients) {
		this.clients = clients;
	}

	/** An answer: the JSON document (empty when AgentCore sent none) and the request id. */
	record Answer(JsonNode body, String requestId) {
	}

	/**
	 * Sends {@code input} (the operation's members other than its path labels) with {@code path} filling the
	 * URI template; retries as the retry strategy says; throws the SDK's exception for an error answer.
	 */
	Answer call(AgentCoreOperation operation, Map<String, String> path, JsonNode input) {
		ObjectNode members = input == null || input.isNull() ? MemberShim.JSON.createObjectNode() : ((ObjectNode) input).deepCopy();
		if (operation.idempotencyToken() != null && !members.hasNonNull(operation.idempotencyToken())) {
			members.put(operation.idempotencyToken(), UUID.randomUUID().toString());
		}
		byte[] body = body(operation, members);
		SdkHttpRequest request = request(operation, path, members, body);
		RetryStrategy strategy = clients.retryStrategy();
		long deadline = System.nanoTime() + clients.callTimeout().toNanos();
		AcquireInitialTokenResponse initial = strategy.acquireInitialToken(AcquireInitialTokenRequest.create(operation.name()));
		RetryToken token = initial.token();
		Duration delay = initial.delay();
		while (true) {
			pause(delay, deadline, operation);
			try {
				Answer answer = attempt(operation, request, body);
				strategy.recordSuccess(RecordSuccessRequest.create(token));
				return answer;
			}
			catch (SdkException ex) {
				RefreshRetryTokenResponse refreshed;
				try {
					refreshed = strategy.refreshRetryToken(RefreshRetryTokenRequest.builder().token(token).failure(ex).build());
				}
				catch (TokenAcquisitionFailedException noMore) {
					throw ex;
				}
				token = refreshed.token();
				delay = refreshed.delay();
			}
		}
	}

	private Answer attempt(AgentCoreOperation operation, SdkHttpRequest request, byte[] body) {
		SignedRequest signed = signer.sign(sign -> sign.identity(clients.credentials().resolveCredentials())
			.request(request)
			.payload(body == null ? null : ContentStreamProvider.fromByteArray(body))
			.putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, SIGNING_NAME)
			.putProperty(AwsV4HttpSigner.REGION_NAME, clients.region().id()));
		HttpExecuteResponse response;
		byte[] answer;
		try {
			response = clients.http()
				.prepareRequest(HttpExecuteRequest.builder()
					.request(signed.request())
					.contentStreamProvider(signed.payload().orElse(null))
					.build())
				.call();
			answer = response.responseBody().map(AgentCoreCalls::readAll).orElse(new byte[0]);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof SdkException sdk) {
				throw sdk;
			}
			throw SdkClientException.builder().message("No answer from AgentCore for " + operation.name() + ": " + ex.getMessage())
				.cause(ex).build();
		}
		String requestId = response.httpResponse().firstMatchingHeader("x-amzn-RequestId").orElse(null);
		if (!response.httpResponse().isSuccessful()) {
			throw AgentCoreErrors.from(response.httpResponse(), answer, requestId);
		}
		JsonNode json = answer.length == 0 ? MemberShim.JSON.createObjectNode() : MemberShim.JSON.readTree(answer);
		return new Answer(json, requestId);
	}

	private SdkHttpRequest request(AgentCoreOperation operation, Map<String, String> path, ObjectNode members, byte[] body) {
		String resolved = operation.uri();
		for (Map.Entry<String, String> label : path.entrySet()) {
			resolved = resolved.replace("{" + label.getKey() + "+}", SdkHttpUtils.urlEncodeIgnoreSlashes(label.getValue()))
				.replace("{" + label.getKey() + "}", SdkHttpUtils.urlEncode(label.getValue()));
		}
		if (resolved.contains("{")) {
			throw new IllegalArgumentException(operation.name() + ": no value for a label of " + operation.uri());
		}
		URI endpoint = clients.endpoint();
		String base = endpoint.toString().endsWith("/") ? endpoint.toString().substring(0, endpoint.toString().length() - 1)
				: endpoint.toString();
		SdkHttpRequest.Builder request = SdkHttpRequest.builder()
			.uri(URI.create(base + resolved))
			.method(operation.method())
			.putHeader("Accept", "application/json");
		if (body != null) {
			request.putHeader("Content-Type", "application/json").putHeader("Content-Length", Integer.toString(body.length));
		}
		operation.queryMembers().forEach((member, parameter) -> {
			JsonNode value = members.get(member);
			if (value != null && !value.isNull()) {
				request.putRawQueryParameter(parameter, value.asString());
			}
		});
		return request.build();
	}

	/** The JSON body: every member that is not a query member; none for a GET or DELETE without any. */
	private static byte[] body(AgentCoreOperation operation, ObjectNode members) {
		ObjectNode body = members.deepCopy();
		operation.queryMembers().keySet().forEach(body::remove);
		if (body.isEmpty() && (operation.method().name().equals("GET") || operation.method().name().equals("DELETE"))) {
			return null;
		}
		return MemberShim.JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
	}

	private static void pause(Duration delay, long deadline, AgentCoreOperation operation) {
		if (System.nanoTime() + delay.toNanos() > deadline) {
			throw SdkClientException.builder()
				.message(operation.name() + " did not complete within the call timeout")
				.build();
		}
		if (delay.isZero() || delay.isNegative()) {
			return;
		}
		try {
			Thread.sleep(delay);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw SdkClientException.builder().message(operation.name() + " interrupted").cause(ex).build();
		}
	}

	private static byte[] readAll(InputStream in) {
		try (in) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw SdkClientException.builder().message("Reading AgentCore's answer failed: " + ex.getMessage()).cause(ex).build();
		}
	}

}
