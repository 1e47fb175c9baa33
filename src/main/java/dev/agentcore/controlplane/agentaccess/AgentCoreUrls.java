package dev.agentcore.controlplane.agentaccess;

import java.net.URI;

/** Whether a URL is one of AgentCore's gateway endpoints, the only ones a probe or a listing calls outside the embedded default. */
final class AgentCoreUrls {

	private AgentCoreUrls() {
	}

	static boolean isGatewayEndpoint(URI uri) {
		return "https".equals(uri.getScheme()) && uri.getHost() != null
				&& uri.getHost().contains(".gateway.bedrock-agentcore.") && uri.getHost().matches(".*\\.amazonaws\\.com(\\.cn)?");
	}

}
