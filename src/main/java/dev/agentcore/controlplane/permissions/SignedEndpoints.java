package dev.agentcore.controlplane.permissions;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What invoking an endpoint signed with the gateway's role (SigV4) takes, where the endpoint's URL
 * says which resource it is: a REST API stage, an AgentCore Runtime, another gateway.
 */
final class SignedEndpoints {

	private static final Pattern API_GATEWAY = Pattern
		.compile("https://([a-z0-9]+)\\.execute-api\\.([a-z0-9-]+)\\.amazonaws\\.com/([^/?]+).*");

	private static final Pattern RUNTIME = Pattern
		.compile("https://bedrock-agentcore\\.([a-z0-9-]+)\\.amazonaws\\.com/runtimes/([^/?]+)/invocations.*");

	private static final Pattern GATEWAY = Pattern
		.compile("https://([a-z0-9-]+)\\.gateway\\.bedrock-agentcore\\.([a-z0-9-]+)\\.amazonaws\\.com/.*");

	private SignedEndpoints() {
	}

	/** The permission to invoke {@code endpoint} signed for {@code service}; empty when the URL does not tell. */
	static Optional<Invocation> of(String service, String endpoint, String partition, String account) {
		Matcher matcher;
		if ("execute-api".equals(service) && (matcher = API_GATEWAY.matcher(endpoint)).matches()) {
			return Optional.of(new Invocation("execute-api:Invoke", "arn:" + partition + ":execute-api:" + matcher.group(2)
					+ ":" + account + ":" + matcher.group(1) + "/" + matcher.group(3) + "/*"));
		}
		if ("bedrock-agentcore".equals(service) && (matcher = RUNTIME.matcher(endpoint)).matches()) {
			String runtime = URLDecoder.decode(matcher.group(2), StandardCharsets.UTF_8);
			return Optional.of(new Invocation("bedrock-agentcore:InvokeAgentRuntime", runtime));
		}
		if ("bedrock-agentcore".equals(service) && (matcher = GATEWAY.matcher(endpoint)).matches()) {
			return Optional.of(new Invocation("bedrock-agentcore:InvokeGateway", "arn:" + partition + ":bedrock-agentcore:"
					+ matcher.group(2) + ":" + account + ":gateway/" + matcher.group(1)));
		}
		return Optional.empty();
	}

	/** The statement id for an invoke action: InvokeAgentRuntimeTargets, InvokeApiGatewayTargets, InvokeGatewayTargets. */
	static String sid(String action) {
		return action.equals("execute-api:Invoke") ? "InvokeApiGatewayTargets"
				: action.substring(action.indexOf(':') + 1).replaceAll("[^A-Za-z0-9]", "") + "Targets";
	}

	/** An action and the resource it is allowed on. */
	record Invocation(String action, String resource) {
	}

}
