package dev.agentcore.controlplane.simulator;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** The URLs of the simulated account's endpoints, on this server. */
@Component
@Profile({ "local", "simulator" })
class SimulatorUrls {

	static final String GATEWAYS = "/local/aws/gateways/";

	static final String COGNITO_AUTH = "/local/aws/cognito-auth/";

	private final DataPlaneSettings settings;

	private volatile String base;

	SimulatorUrls(DataPlaneSettings settings) {
		this.settings = settings;
		this.base = StringUtils.hasText(settings.baseUrl()) ? trim(settings.baseUrl()) : "http://localhost:8080";
	}

	@EventListener
	void onWebServerStarted(WebServerInitializedEvent event) {
		if (!StringUtils.hasText(settings.baseUrl())) {
			base = "http://localhost:" + event.getWebServer().getPort();
		}
	}

	/** A user pool's issuer: under the Cognito endpoint, as the provisioner's adapter expects. */
	String issuer(String userPoolId) {
		return base + CognitoWireController.PATH + "/" + userPoolId;
	}

	/** A hosted domain's token endpoint (Cognito's https://<prefix>.auth.<region>.amazoncognito.com/oauth2/token). */
	String tokenEndpoint(String prefix) {
		return base + COGNITO_AUTH + prefix + "/oauth2/token";
	}

	String gatewayUrl(String gatewayId, String region) {
		return settings.localGatewayUrls() ? base + GATEWAYS + gatewayId + "/mcp"
				: "https://" + gatewayId + ".gateway.bedrock-agentcore." + region + ".amazonaws.com/mcp";
	}

	private static String trim(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
