package dev.agentcore.controlplane.provisioning.aws;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.BedrockAgentCoreControlRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one bridge to members of AgentCore's current service model that the served SDK (2.40.2)
 * does not generate, on the SDK's own request pipeline: before signing, a call's extra members are
 * laid over the JSON document the SDK marshalled (Content-Length follows), and the raw answer is
 * kept for the output members the SDK's unmarshaller drops. A call the current model binds to another
 * HTTP method (UpdatePolicy and UpdatePolicyEngine are PATCH since 2026-03) goes out with that method.
 * Interceptors modify the request before the SDK's signing stage, so the signature covers the final
 * method and body. With a newer SDK, set those members on the typed builders, read them from the
 * typed responses, and delete this class.
 */
final class MemberShim implements ExecutionInterceptor {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final ExecutionAttribute<Exchange> EXCHANGE = new ExecutionAttribute<>("AgentCoreMemberShim");

	/** {@code request}, carrying {@code exchange} through the pipeline. */
	@SuppressWarnings("unchecked")
	static <R extends BedrockAgentCoreControlRequest> R attach(R request, Exchange exchange) {
		return (R) request.toBuilder()
			.overrideConfiguration(override -> override.putExecutionAttribute(EXCHANGE, exchange))
			.build();
	}

	@Override
	public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
		Exchange exchange = attributes.getAttribute(EXCHANGE);
		byte[] merged = merged(context, exchange);
		SdkHttpRequest.Builder request = context.httpRequest().toBuilder();
		if (exchange != null && exchange.method != null) {
			request.method(exchange.method);
		}
		if (merged != null) {
			request.putHeader("Content-Length", Integer.toString(merged.length));
		}
		return request.build();
	}

	@Override
	public Optional<RequestBody> modifyHttpContent(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
		byte[] merged = merged(context, attributes.getAttribute(EXCHANGE));
		return merged == null ? context.requestBody() : Optional.of(RequestBody.fromBytes(merged));
	}

	/**
	 * The marshalled document with the extra members laid over it, computed once per call: the SDK
	 * asks for the new content and the new request (its Content-Length) in an order of its choosing.
	 */
	private static byte[] merged(Context.ModifyHttpRequest context, Exchange exchange) {
		if (exchange == null || exchange.extra.isEmpty()) {
			return null;
		}
		if (exchange.sent == null) {
			ObjectNode body = context.requestBody()
				.map(MemberShim::read)
				.filter(bytes -> bytes.length > 0)
				.map(bytes -> (ObjectNode) JSON.readTree(bytes))
				.orElseGet(JSON::createObjectNode);
			overlay(body, exchange.extra);
			exchange.sent = JSON.writeValueAsBytes(body);
		}
		return exchange.sent;
	}

	@Override
	public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
			ExecutionAttributes attributes) {
		Exchange exchange = attributes.getAttribute(EXCHANGE);
		if (exchange == null || context.responseBody().isEmpty()) {
			return context.responseBody();
		}
		byte[] bytes = readAll(context.responseBody().get());
		if (context.httpResponse().isSuccessful() && bytes.length > 0) {
			exchange.received = JSON.readTree(bytes);
		}
		return Optional.of(new ByteArrayInputStream(bytes));
	}

	/**
	 * Lays {@code extra} over {@code target}: objects merge member by member, arrays element by
	 * element, other values replace, and a JSON null removes the member.
	 */
	static void overlay(ObjectNode target, JsonNode extra) {
		for (String name : extra.propertyNames()) {
			JsonNode value = extra.get(name);
			JsonNode current = target.get(name);
			if (value.isNull()) {
				target.remove(name);
			}
			else if (value.isObject() && current != null && current.isObject()) {
				overlay((ObjectNode) current, value);
			}
			else if (value.isArray() && current != null && current.isArray()) {
				overlay((ArrayNode) current, (ArrayNode) value);
			}
			else {
				target.set(name, value.deepCopy());
			}
		}
	}

	private static void overlay(ArrayNode target, ArrayNode extra) {
		for (int i = 0; i < extra.size(); i++) {
			JsonNode value = extra.get(i);
			if (i < target.size() && value.isObject() && target.get(i).isObject()) {
				overlay((ObjectNode) target.get(i), value);
			}
			else if (i < target.size()) {
				target.set(i, value.deepCopy());
			}
			else {
				target.add(value.deepCopy());
			}
		}
	}

	private static byte[] read(RequestBody body) {
		try (InputStream in = body.contentStreamProvider().newStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] readAll(InputStream in) {
		try (in) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One call's extra members going out and its raw answer coming back. */
	static final class Exchange {

		private final ObjectNode extra;

		private final SdkHttpMethod method;

		private volatile byte[] sent;

		private volatile JsonNode received;

		Exchange(ObjectNode extra) {
			this(extra, null);
		}

		private Exchange(ObjectNode extra, SdkHttpMethod method) {
			this.extra = extra;
			this.method = method;
		}

		/** A call the current model binds to PATCH, where the served SDK still sends PUT. */
		static Exchange patching(ObjectNode extra) {
			return new Exchange(extra, SdkHttpMethod.PATCH);
		}

		/** A call that only reads the raw answer. */
		static Exchange reading() {
			return new Exchange(JSON.createObjectNode());
		}

		/** The document as sent, extra members included; missing when nothing was added. */
		JsonNode sent() {
			return sent == null ? MissingNode.getInstance() : JSON.readTree(sent);
		}

		/** The successful answer as AgentCore sent it; missing before the call, or after a failed one. */
		JsonNode received() {
			return received == null ? MissingNode.getInstance() : received;
		}

	}

}
