package dev.agentcore.controlplane.agentaccess;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewaySpec.AuthorizerType;
import dev.agentcore.controlplane.gatewaytarget.DeclaredTools;
import dev.agentcore.controlplane.gatewaytarget.ListedTools;

/**
 * Lists a target's tools on its gateway with what the control plane itself may call with: nothing for a gateway
 * without an authorizer, its own SigV4 signature for an AWS_IAM one. A gateway that validates JWTs needs a user's
 * token, which the control plane does not hold: its tools are unknown, and the answer says how to see them.
 */
@Component
class McpTargetToolLister implements TargetToolLister {

	private final ToolListing listing;

	private final ProbeSettings settings;

	McpTargetToolLister(ToolListing listing, ProbeSettings settings) {
		this.listing = listing;
		this.settings = settings;
	}

	@Override
	public ListedTools toolsOf(Gateway gateway, String targetName, Instant synchronizedAt) {
		AuthorizerType type = gateway.spec().authorizer().type();
		if (type.validatesJwt()) {
			return ListedTools.unknown(synchronizedAt, "The gateway's authorizer is " + type + ": listing its tools needs "
					+ "a user's token, which the control plane does not hold. POST /api/v1/gateways/" + gateway.id()
					+ "/probes with a token to see them.", false);
		}
		String url = gateway.aws().gatewayUrl();
		if (url == null) {
			return ListedTools.unknown(synchronizedAt, "AgentCore has not reported the gateway's URL yet.", true);
		}
		URI uri = URI.create(url);
		if (!AgentCoreUrls.isGatewayEndpoint(uri) && !settings.allowLocalGateways()) {
			return ListedTools.unknown(synchronizedAt, "The gateway's URL " + url + " is not an AgentCore gateway endpoint; "
					+ "the control plane lists tools only there.", false);
		}
		ToolListing.Listing listed = listing.list(uri, type, null);
		if (!listed.reached() || listed.error() != null) {
			return ListedTools.unknown(synchronizedAt, "Listing the gateway's tools failed: " + listed.error()
					+ "; the control plane lists them again at its next look.", true);
		}
		String prefix = targetName + DeclaredTools.SEPARATOR;
		List<ListedTools.Tool> tools = listed.listed().stream().filter(tool -> tool.name().startsWith(prefix)).toList();
		return ListedTools.listed(synchronizedAt, tools);
	}

}
