package dev.agentcore.controlplane.agentaccess;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewayManagement;
import dev.agentcore.controlplane.gateway.GatewaySpec.AuthorizerType;
import dev.agentcore.controlplane.gatewaytarget.DeclaredTools;
import dev.agentcore.controlplane.gatewaytarget.GatewayTarget;
import dev.agentcore.controlplane.gatewaytarget.TargetManagement;
import dev.agentcore.controlplane.idp.IdpProfileManagement;
import dev.agentcore.controlplane.idp.TokenCheck;
import dev.agentcore.controlplane.idp.TokenRequests;
import dev.agentcore.controlplane.security.Authorities;
import dev.agentcore.controlplane.security.Caller;

/**
 * Calls a gateway's MCP endpoint as an agent would — {@code initialize}, then {@code tools/list}
 * through every page — and compares what it lists with what its targets declare. A 401 comes with
 * the token check against the gateway's IDP profile. Tokens are held only for the call.
 */
@Service
class GatewayProbes {

	static final String SEARCH_TOOL = "x_amz_bedrock_agentcore_search";

	private final GatewayManagement gateways;

	private final TargetManagement targets;

	private final IdpProfileManagement profiles;

	private final TokenRequests tokens;

	private final ToolListing toolListing;

	private final ProbeSettings settings;

	GatewayProbes(GatewayManagement gateways, TargetManagement targets, IdpProfileManagement profiles, TokenRequests tokens,
			ToolListing toolListing, ProbeSettings settings) {
		this.gateways = gateways;
		this.targets = targets;
		this.profiles = profiles;
		this.tokens = tokens;
		this.toolListing = toolListing;
		this.settings = settings;
	}

	ProbeResult probe(Caller caller, Authentication authentication, java.util.UUID id, ProbeRequest request) {
		Gateway gateway = gateways.visible(caller, id);
		URI url = gatewayUrl(gateway);
		AuthorizerType type = gateway.spec().authorizer().type();
		String token = request.token();
		dev.agentcore.controlplane.idp.TokenRequestResult requested = null;
		if (!type.validatesJwt() && (token != null || request.tokenRequest() != null)) {
			throw AgentAccessProblems.noTokenFor(type);
		}
		if (type.validatesJwt() && token == null) {
			if (request.tokenRequest() == null) {
				throw AgentAccessProblems.tokenRequired();
			}
			if (!Authorities.mayWrite(authentication)) {
				throw new AccessDeniedException("A probe that requests a token with a client secret needs the write scope");
			}
			TokenRequests.Obtained obtained = tokens.obtain(caller, gateway.spec().authorizer().idpProfileId(), request.tokenRequest());
			requested = obtained.result();
			if (obtained.token() == null) {
				return new ProbeResult(url.toString(), null, false, "No token: the identity provider refused the token request "
						+ "(see tokenRequest.remedies).", null, requested, null, List.of(), List.of(), List.of(), 0);
			}
			token = obtained.token();
		}
		ToolListing.Listing listing = toolListing.list(url, type, token);
		if (!listing.reached()) {
			return new ProbeResult(url.toString(), null, false, listing.error(), null, requested, null, listing.tools(),
					List.of(), List.of(), listing.latencyMillis());
		}
		boolean authenticated = listing.status() != 401 && listing.status() != 403;
		TokenCheck diagnosis = listing.status() == 401 && type.validatesJwt()
				? profiles.diagnose(caller, gateway.spec().authorizer().idpProfileId(), token) : null;
		Comparison comparison = compare(gateway, listing.tools());
		return new ProbeResult(url.toString(), listing.status(), authenticated, listing.error(), diagnosis, requested,
				listing.protocolVersion(), listing.tools(), authenticated ? comparison.missing() : List.of(),
				comparison.unexpected(), listing.latencyMillis());
	}

	private URI gatewayUrl(Gateway gateway) {
		String url = gateway.aws().gatewayUrl();
		if (url == null) {
			throw AgentAccessProblems.notProvisioned();
		}
		URI uri = URI.create(url);
		if (!AgentCoreUrls.isGatewayEndpoint(uri) && !settings.allowLocalGateways()) {
			throw AgentAccessProblems.notAnAgentCoreUrl(url);
		}
		return uri;
	}

	private record Comparison(List<String> missing, List<String> unexpected) {
	}

	/** Declared against listed; tools of targets whose declaration does not name them count as expected. */
	private Comparison compare(Gateway gateway, List<String> listed) {
		Set<String> declared = new LinkedHashSet<>();
		List<String> openPrefixes = new ArrayList<>();
		for (GatewayTarget target : targets.targetsOf(gateway.id())) {
			if (target.deletionRequested()) {
				continue;
			}
			Optional<List<String>> tools = DeclaredTools.of(target);
			tools.ifPresentOrElse(declared::addAll, () -> openPrefixes.add(target.name() + DeclaredTools.SEPARATOR));
		}
		boolean search = gateway.spec().protocol() != null && gateway.spec().protocol().searchType() != null;
		List<String> missing = declared.stream().filter(name -> !listed.contains(name)).toList();
		List<String> unexpected = listed.stream()
			.filter(name -> !declared.contains(name) && !(search && name.equals(SEARCH_TOOL))
					&& openPrefixes.stream().noneMatch(name::startsWith))
			.toList();
		return new Comparison(missing, unexpected);
	}

}
