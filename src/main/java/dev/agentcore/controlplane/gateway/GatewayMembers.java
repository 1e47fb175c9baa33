package dev.agentcore.controlplane.gateway;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.agentcore.controlplane.servicemodel.ModelMember;

/**
 * The gateway members added for interceptors, policy engines and MCP session settings, and which
 * members the control plane owns.
 * <p>
 * <b>Ownership.</b> Everything the API expressed from the start (description, role, authorizer,
 * protocol versions, instructions and search, key, exception level, tags) is always owned: AWS is
 * set back to the spec. The {@link #OPTIONAL} members are owned from the first spec that declares
 * them (not null; {@code interceptors: []} declares "none") and stay owned after: leaving them out
 * later means "none". Until then, what AWS holds for them, set in the console or by another tool, is
 * kept on every update, as are the members this API does not express at all.
 */
public final class GatewayMembers {

	/** The members owned only once declared, by their request paths. */
	public static final List<String> OPTIONAL = List.of("interceptors", "policyEngine", "protocol.sessionTimeoutSeconds",
			"protocol.responseStreaming", "protocol.listToolsPagination", "authorizer.advertisedScopeMapping",
			GatewayMembers.RESOURCE_POLICY);

	/** The gateway's resource-based policy, sent with PutResourcePolicy rather than UpdateGateway. */
	public static final String RESOURCE_POLICY = "resourcePolicy";

	/** What AgentCore's {@code AllowedScopeType} pattern allows, in words. */
	static final String SCOPE_HINT = "printable ASCII without spaces, '\"' or '\\'";

	/** What AgentCore's {@code TagKey} and {@code TagValue} patterns allow, in words. */
	static final String TAG_HINT = "letters, digits, spaces and _ . : / = + @ -";

	private GatewayMembers() {
	}

	/** The optional members a spec declares. */
	static List<String> declared(GatewaySpec.Authorizer authorizer, GatewaySpec.Protocol protocol,
			List<Interceptor> interceptors, PolicyEngine policyEngine) {
		List<String> declared = new ArrayList<>();
		if (interceptors != null) {
			declared.add("interceptors");
		}
		if (policyEngine != null) {
			declared.add("policyEngine");
		}
		if (protocol != null) {
			if (protocol.sessionTimeoutSeconds() != null) {
				declared.add("protocol.sessionTimeoutSeconds");
			}
			if (protocol.responseStreaming() != null) {
				declared.add("protocol.responseStreaming");
			}
			if (protocol.listToolsPagination() != null) {
				declared.add("protocol.listToolsPagination");
			}
		}
		if (authorizer != null && authorizer.advertisedScopeMapping() != null) {
			declared.add("authorizer.advertisedScopeMapping");
		}
		return declared;
	}

	/**
	 * A Lambda function that sees the gateway's requests or responses (AgentCore's
	 * {@code interceptorConfigurations}); the execution role must be able to invoke it.
	 *
	 * @param lambdaArn the function
	 * @param points REQUEST, RESPONSE or both; each point has at most one interceptor on a gateway
	 * @param passRequestHeaders whether the function sees the request headers (default false)
	 * @param excludeResponseBody whether the response body is kept from the function (default false)
	 */
	@Schema(example = "{\"lambdaArn\": \"arn:aws:lambda:us-east-1:123456789012:function:redact\", \"points\": [\"REQUEST\"], \"passRequestHeaders\": true}")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Interceptor(
			@NotBlank @ModelMember(value = "LambdaInterceptorConfiguration.arn", hint = "arn:aws:lambda:<region>:<account>:function:<name>") String lambdaArn,
			@NotEmpty @Size(max = 2) List<@NotNull InterceptionPoint> points, Boolean passRequestHeaders,
			Boolean excludeResponseBody) {
	}

	public enum InterceptionPoint {

		REQUEST, RESPONSE

	}

	/**
	 * The Cedar policy engine that authorizes tool calls (AgentCore's {@code policyEngineConfiguration}):
	 * one of the control plane's engines by id, or any engine by ARN (exactly one of the two).
	 *
	 * @param arn arn:aws:bedrock-agentcore:region:account:policy-engine/name-id
	 * @param policyEngineId one of your team's policy engines (/api/v1/policy-engines); its ARN is attached
	 * once it is READY, and the gateway's update waits until then
	 * @param mode LOG_ONLY records decisions, ENFORCE applies them
	 */
	@Schema(example = "{\"policyEngineId\": \"0190f5a2-7c4e-7d2a-9b1e-3f2a1c0d4e5f\", \"mode\": \"LOG_ONLY\"}")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record PolicyEngine(
			@ModelMember(value = "GatewayPolicyEngineConfiguration.arn", hint = "arn:aws:bedrock-agentcore:<region>:<account>:policy-engine/<name>-<10 characters>") String arn,
			java.util.UUID policyEngineId, @NotNull PolicyEngineMode mode) {

		/** An engine named by its ARN. */
		public PolicyEngine(String arn, PolicyEngineMode mode) {
			this(arn, null, mode);
		}

	}

	public enum PolicyEngineMode {

		LOG_ONLY, ENFORCE

	}

}
