package dev.agentcore.controlplane.provisioning.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetGatewayResponse;
import tools.jackson.databind.JsonNode;

import dev.agentcore.controlplane.gateway.GatewayMembers.InterceptionPoint;
import dev.agentcore.controlplane.gateway.GatewayMembers.Interceptor;
import dev.agentcore.controlplane.gateway.GatewayMembers.PolicyEngine;
import dev.agentcore.controlplane.gateway.GatewayMembers.PolicyEngineMode;
import dev.agentcore.controlplane.gateway.GatewaySpec;
import dev.agentcore.controlplane.idp.IdpProfileSpec;
import dev.agentcore.controlplane.provisioning.AgentCoreInventory.FoundGateway;
import dev.agentcore.controlplane.provisioning.DesiredGateway;
import dev.agentcore.controlplane.resource.StatusUpdate.AwsIdentity;

import static dev.agentcore.controlplane.provisioning.aws.ImportedJson.list;
import static dev.agentcore.controlplane.provisioning.aws.ImportedJson.map;
import static dev.agentcore.controlplane.provisioning.aws.ImportedJson.text;

/**
 * A gateway as AgentCore returns it (the raw answer, members the SDK lacks included) read back
 * into the control plane's spec: the reverse of {@link GatewayRequests} and {@link GatewayExtras}.
 * Optional members are declared only when AWS holds them, so what the spec leaves out is kept. The
 * result is checked with the provisioner's own comparison: a spec that would make it change an
 * owned member is refused rather than offered.
 */
final class GatewayImports {

	private static final String JWT = "customJWTAuthorizer";

	/** Members AgentCore returns that are not configuration. */
	private static final Set<String> READ_ONLY = Set.of("gatewayArn", "gatewayId", "gatewayUrl", "createdAt", "updatedAt",
			"status", "statusReasons", "name", "workloadIdentityDetails", "protocolType");

	private static final List<String> KEPT = List.of("customTransformConfiguration", "wafConfiguration");

	private static final List<String> KEPT_JWT = List.of("privateEndpoint", "privateEndpointOverrides",
			"allowedWorkloadConfiguration");

	/** Every configuration member the spec carries or keeps, as {@link KnownMembers} patterns. */
	private static final Set<String> CARRIED = Set.of("description", "roleArn", "authorizerType", "kmsKeyArn",
			"exceptionLevel", "protocolConfiguration/mcp/supportedVersions/*", "protocolConfiguration/mcp/instructions",
			"protocolConfiguration/mcp/searchType", "protocolConfiguration/mcp/sessionConfiguration/sessionTimeoutInSeconds",
			"protocolConfiguration/mcp/streamingConfiguration/enableResponseStreaming",
			"protocolConfiguration/mcp/disableMcpListToolsPagination", "authorizerConfiguration/customJWTAuthorizer/discoveryUrl",
			"authorizerConfiguration/customJWTAuthorizer/allowedClients/*", "authorizerConfiguration/customJWTAuthorizer/allowedAudience/*",
			"authorizerConfiguration/customJWTAuthorizer/allowedScopes/*", "authorizerConfiguration/customJWTAuthorizer/customClaims/**",
			"authorizerConfiguration/customJWTAuthorizer/advertisedScopeMapping/*",
			"authorizerConfiguration/customJWTAuthorizer/privateEndpoint/**",
			"authorizerConfiguration/customJWTAuthorizer/privateEndpointOverrides/**",
			"authorizerConfiguration/customJWTAuthorizer/allowedWorkloadConfiguration/**", "interceptorConfigurations/**",
			"policyEngineConfiguration/arn", "policyEngineConfiguration/mode", "customTransformConfiguration/**",
			"wafConfiguration/**");

	private GatewayImports() {
	}

	/** @param resourcePolicy the gateway's resource policy as GetResourcePolicy returned it; null when it has none */
	static FoundGateway read(GetGatewayResponse typed, JsonNode raw, Map<String, String> tags, String resourcePolicy) {
		try {
			return mapped(typed, raw, tags, resourcePolicy);
		}
		catch (IllegalArgumentException ex) {
			return refused(typed, new AwsIdentity(typed.gatewayId(), typed.gatewayArn(), typed.gatewayUrl()),
					"It holds a value the API has no name for (" + ex.getMessage() + ").");
		}
		catch (tools.jackson.core.JacksonException ex) {
			return refused(typed, new AwsIdentity(typed.gatewayId(), typed.gatewayArn(), typed.gatewayUrl()),
					"Its resource policy is not a JSON document the API can declare (" + ex.getOriginalMessage() + ").");
		}
	}

	private static FoundGateway mapped(GetGatewayResponse typed, JsonNode raw, Map<String, String> tags,
			String resourcePolicy) {
		List<String> notes = new ArrayList<>();
		AwsIdentity identity = new AwsIdentity(typed.gatewayId(), typed.gatewayArn(), typed.gatewayUrl());
		if (!"MCP".equals(text(raw, "protocolType"))) {
			return refused(typed, identity, "Its protocol type is " + text(raw, "protocolType") + "; the control plane "
					+ "manages MCP gateways only.");
		}
		GatewaySpec.AuthorizerType type = GatewaySpec.AuthorizerType.valueOf(String.valueOf(text(raw, "authorizerType")));
		JsonNode jwt = raw.path("authorizerConfiguration").path(JWT);
		IdpProfileSpec profile = type.validatesJwt() ? ImportedProfiles.profile(typed.name(), jwt) : null;
		Map<String, String> scopes = jwt.has("advertisedScopeMapping") ? map(jwt.get("advertisedScopeMapping")) : null;
		GatewaySpec spec = new GatewaySpec(text(raw, "description"), text(raw, "roleArn"),
				new GatewaySpec.Authorizer(type, null, scopes), protocol(raw.path("protocolConfiguration").path("mcp")),
				text(raw, "kmsKeyArn"), "DEBUG".equals(text(raw, "exceptionLevel")) ? GatewaySpec.ExceptionLevel.DEBUG : null,
				tags, interceptors(raw.path("interceptorConfigurations"), notes), policyEngine(raw.path("policyEngineConfiguration")),
				null, null, resourcePolicy == null ? null : MemberShim.JSON.readTree(resourcePolicy), null);
		if (resourcePolicy != null) {
			notes.add("Its resource policy is declared as AWS holds it: from now on the spec owns it.");
		}
		KEPT.stream().filter(raw::has).forEach(member -> notes.add(kept(member)));
		KEPT_JWT.stream().filter(jwt::has).forEach(member -> notes.add(kept("authorizerConfiguration." + JWT + "." + member)));
		List<String> configuration = raw.propertyNames().stream().filter(member -> !READ_ONLY.contains(member)).toList();
		List<String> unknown = KnownMembers.unknown(raw, configuration, CARRIED);
		if (!unknown.isEmpty()) {
			// Neither expressed nor kept: the first update would drop them, so the import refuses rather than lose them.
			return refused(typed, identity, "AWS holds " + unknown + ", which the API cannot express and an update through "
					+ "the control plane would not keep.");
		}
		List<String> differences = GatewayRequests.differences(typed, raw, new DesiredGateway(typed.name(), spec, profile));
		if (!differences.isEmpty()) {
			return refused(typed, identity, "The API cannot express exactly what AWS holds for " + differences
					+ "; importing it would change the gateway.");
		}
		return new FoundGateway(typed.name(), identity, typed.statusAsString(), typed.statusReasons(), spec, profile,
				List.of(), notes, null);
	}

	private static GatewaySpec.Protocol protocol(JsonNode mcp) {
		if (mcp.isMissingNode() || mcp.isEmpty()) {
			return null;
		}
		List<String> versions = mcp.has("supportedVersions") ? list(mcp.get("supportedVersions")) : null;
		GatewaySpec.SearchType search = "SEMANTIC".equals(text(mcp, "searchType")) ? GatewaySpec.SearchType.SEMANTIC : null;
		JsonNode timeout = mcp.path("sessionConfiguration").path("sessionTimeoutInSeconds");
		JsonNode streaming = mcp.path("streamingConfiguration").path("enableResponseStreaming");
		Boolean pagination = mcp.path("disableMcpListToolsPagination").asBoolean(false) ? Boolean.FALSE : null;
		return new GatewaySpec.Protocol(versions, text(mcp, "instructions"), search,
				timeout.isNumber() ? timeout.asInt() : null, streaming.isBoolean() ? streaming.asBoolean() : null, pagination);
	}

	/** Lambda interceptors; anything else leaves them all to AWS (kept) with a note. */
	private static List<Interceptor> interceptors(JsonNode configurations, List<String> notes) {
		if (!configurations.isArray() || configurations.isEmpty()) {
			return null;
		}
		List<Interceptor> interceptors = new ArrayList<>();
		for (JsonNode configuration : configurations.values()) {
			String arn = configuration.path("interceptor").path("lambda").path("arn").asString(null);
			if (arn == null) {
				notes.add("An interceptor that is not a Lambda function cannot be expressed: the interceptors are kept as "
						+ "AWS holds them, and the spec leaves them out.");
				return null;
			}
			JsonNode input = configuration.path("inputConfiguration");
			boolean excludesBody = input.path("payloadFilter").path("exclude").valueStream()
				.anyMatch(field -> "RESPONSE_BODY".equals(field.path("field").asString()));
			interceptors.add(new Interceptor(arn,
					list(configuration.path("interceptionPoints")).stream().map(InterceptionPoint::valueOf).toList(),
					passRequestHeaders(input, excludesBody), excludesBody ? true : null));
		}
		return interceptors;
	}

	/**
	 * The spec's passRequestHeaders: AgentCore needs the member whenever there is an input configuration,
	 * so a false that only accompanies the response-body filter is the spec's "not set".
	 */
	private static Boolean passRequestHeaders(JsonNode input, boolean excludesBody) {
		if (!input.has("passRequestHeaders")) {
			return null;
		}
		boolean passes = input.get("passRequestHeaders").asBoolean();
		return passes || !excludesBody ? passes : null;
	}

	private static PolicyEngine policyEngine(JsonNode configuration) {
		return configuration.isObject() ? new PolicyEngine(text(configuration, "arn"),
				PolicyEngineMode.valueOf(text(configuration, "mode"))) : null;
	}

	private static String kept(String member) {
		return "AWS holds " + member + ", which the API cannot express: it is kept as AWS holds it on every update.";
	}

	private static FoundGateway refused(GetGatewayResponse typed, AwsIdentity identity, String reason) {
		return new FoundGateway(typed.name(), identity, typed.statusAsString(), typed.statusReasons(), null, null,
				List.of(), List.of(), reason);
	}

}
