package dev.agentcore.controlplane.agentaccess;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.gateway.GatewaySpec.AuthorizerType;
import dev.agentcore.controlplane.gatewaytarget.ListedTools;

/**
 * Lists a gateway's tools over MCP as an agent would: {@code initialize}, then {@code tools/list}
 * through every page, within the probe's one deadline, authorized as the gateway's authorizer type
 * expects (a bearer token, a SigV4 signature, or nothing). Kept apart from {@link GatewayProbes},
 * which decides what to call with and what the answer means.
 */
@Component
class ToolListing {

	private final ObjectProvider<GatewayRequestSigner> signer;

	private final ProbeSettings settings;

	private final JsonMapper json;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER).build();

	ToolListing(ObjectProvider<GatewayRequestSigner> signer, ProbeSettings settings, JsonMapper json) {
		this.signer = signer;
		this.settings = settings;
		this.json = json;
	}

	/**
	 * What the gateway answered.
	 *
	 * @param status the status of the last MCP request; null when the gateway could not be reached
	 * @param error what went wrong, or null
	 * @param protocolVersion the MCP version the gateway agreed to
	 * @param listed the tools listed with their descriptions, across the pages read (also those read before the
	 * gateway became unreachable)
	 * @param latencyMillis how long the exchange took
	 */
	record Listing(Integer status, String error, String protocolVersion, List<ListedTools.Tool> listed,
			long latencyMillis) {

		boolean reached() {
			return status != null;
		}

		/** The names of the tools listed. */
		List<String> tools() {
			return listed.stream().map(ListedTools.Tool::name).toList();
		}

	}

	Listing list(URI url, AuthorizerType type, String token) {
		long started = System.nanoTime();
		McpClient client = new McpClient(http, json, url, authorization(type, token, url), settings.deadline());
		List<ListedTools.Tool> listed = new ArrayList<>();
		McpClient.Answer last;
		try {
			last = client.initialize();
			String cursor = null;
			for (int page = 0; last.ok() && page < settings.maxPages(); page++) {
				last = client.request("tools/list", cursor == null ? null : JsonNodeFactory.instance.objectNode().put("cursor", cursor));
				if (!last.ok()) {
					break;
				}
				last.result().path("tools").forEach(tool -> listed.add(new ListedTools.Tool(tool.path("name").asString(),
						tool.path("description").asString(null))));
				cursor = last.result().path("nextCursor").asString(null);
				if (cursor == null) {
					break;
				}
			}
		}
		catch (McpClient.Unreachable ex) {
			return new Listing(null, ex.getMessage(), null, listed, elapsed(started));
		}
		return new Listing(last.status(), last.ok() ? null : last.error(), client.protocolVersion(), listed,
				elapsed(started));
	}

	private Function<byte[], Map<String, String>> authorization(AuthorizerType type, String token, URI url) {
		return switch (type) {
			case CUSTOM_JWT, AUTHENTICATE_ONLY -> body -> Map.of("Authorization", "Bearer " + token);
			case AWS_IAM -> body -> signer.getObject().sign("POST", url, Map.of("Content-Type", "application/json"), body);
			case NONE -> body -> Map.of();
		};
	}

	private static long elapsed(long started) {
		return Duration.ofNanos(System.nanoTime() - started).toMillis();
	}

}
