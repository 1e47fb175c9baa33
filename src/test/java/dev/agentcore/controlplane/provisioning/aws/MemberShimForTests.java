package dev.agentcore.controlplane.provisioning.aws;

import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.BedrockAgentCoreControlRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lets the contract suite (outside {@code provisioning.aws}) send and read the members the served
 * SDK lacks through the same shim the provisioner uses, so the suite covers it against the
 * simulator and, on opt-in, real AWS.
 */
public final class MemberShimForTests {

	private MemberShimForTests() {
	}

	/** The interceptor to register on a test client. */
	public static ExecutionInterceptor interceptor() {
		return new MemberShim();
	}

	/** {@code request} with {@code extraJson} laid over its JSON document; the raw answer is kept in the result. */
	public static <R extends BedrockAgentCoreControlRequest> WithMembers<R> with(R request, String extraJson) {
		MemberShim.Exchange exchange = new MemberShim.Exchange((ObjectNode) MemberShim.JSON.readTree(extraJson));
		return new WithMembers<>(MemberShim.attach(request, exchange), exchange);
	}

	/** {@code request} whose raw answer is kept. */
	public static <R extends BedrockAgentCoreControlRequest> WithMembers<R> reading(R request) {
		return with(request, "{}");
	}

	public static final class WithMembers<R> {

		private final R request;

		private final MemberShim.Exchange exchange;

		WithMembers(R request, MemberShim.Exchange exchange) {
			this.request = request;
			this.exchange = exchange;
		}

		public R request() {
			return request;
		}

		/** The JSON document sent, extra members included. */
		public JsonNode sent() {
			return exchange.sent();
		}

		/** The raw answer, with the members the SDK drops. */
		public JsonNode received() {
			return exchange.received();
		}

	}

}
