package dev.agentcore.controlplane.provisioning.aws;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.agentcore.controlplane.gateway.GatewayMembers.Interceptor;
import dev.agentcore.controlplane.gateway.GatewaySpec;
import dev.agentcore.controlplane.idp.IdpProfileSpec;
import dev.agentcore.controlplane.servicemodel.AwsAnswers;

/**
 * The gateway's side of {@link MemberShim}: the members the SDK cannot send, and the members an
 * update keeps as AWS holds them (read-modify-write) because the control plane does not own them
 * (see {@code GatewayMembers} for what it owns).
 */
final class GatewayExtras {

	private static final String MCP = "/protocolConfiguration/mcp";

	private static final String JWT = "/authorizerConfiguration/customJWTAuthorizer";

	private static final String SESSION = MCP + "/sessionConfiguration";

	private static final String STREAMING = MCP + "/streamingConfiguration";

	private static final String NO_PAGINATION = MCP + "/disableMcpListToolsPagination";

	private static final String SCOPE_MAPPING = JWT + "/advertisedScopeMapping";

	private static final String PRIVATE_ENDPOINT = JWT + "/privateEndpoint";

	private static final String PRIVATE_ENDPOINT_OVERRIDES = JWT + "/privateEndpointOverrides";

	/**
	 * UpdateGateway members AWS may hold that are kept unless owned: the member's pointer and the
	 * optional spec member that owns it once declared, or null for members this API never sets.
	 */
	private static final Map<String, String> KEPT_UNLESS_OWNED = new LinkedHashMap<>();

	static {
		KEPT_UNLESS_OWNED.put("/interceptorConfigurations", "interceptors");
		KEPT_UNLESS_OWNED.put("/policyEngineConfiguration", "policyEngine");
		KEPT_UNLESS_OWNED.put(SESSION, "protocol.sessionTimeoutSeconds");
		KEPT_UNLESS_OWNED.put(STREAMING, "protocol.responseStreaming");
		KEPT_UNLESS_OWNED.put(NO_PAGINATION, "protocol.listToolsPagination");
		KEPT_UNLESS_OWNED.put(SCOPE_MAPPING, "authorizer.advertisedScopeMapping");
		KEPT_UNLESS_OWNED.put(PRIVATE_ENDPOINT, null);
		KEPT_UNLESS_OWNED.put(PRIVATE_ENDPOINT_OVERRIDES, null);
		KEPT_UNLESS_OWNED.put(JWT + "/allowedWorkloadConfiguration", null);
		KEPT_UNLESS_OWNED.put("/customTransformConfiguration", null);
		KEPT_UNLESS_OWNED.put("/wafConfiguration", null);
	}

	private GatewayExtras() {
	}

	/** The owned members the SDK lacks, as JSON for the shim. */
	static ObjectNode newer(GatewaySpec spec) {
		return newer(spec, null);
	}

	/** The owned members the SDK lacks, with the private endpoints of the profile behind a CUSTOM_JWT authorizer. */
	static ObjectNode newer(GatewaySpec spec, IdpProfileSpec profile) {
		ObjectNode extra = MemberShim.JSON.createObjectNode();
		profileEndpoints(profile).forEach((pointer, value) -> JsonPointers.put(extra, pointer, value));
		GatewaySpec.Protocol protocol = spec.protocol();
		if (protocol != null && spec.owns("protocol.sessionTimeoutSeconds") && protocol.sessionTimeoutSeconds() != null) {
			JsonPointers.put(extra, SESSION + "/sessionTimeoutInSeconds", node(protocol.sessionTimeoutSeconds()));
		}
		if (protocol != null && spec.owns("protocol.responseStreaming") && protocol.responseStreaming() != null) {
			JsonPointers.put(extra, STREAMING + "/enableResponseStreaming", node(protocol.responseStreaming()));
		}
		if (noPagination(spec)) {
			JsonPointers.put(extra, NO_PAGINATION, node(true));
		}
		if (spec.owns("authorizer.advertisedScopeMapping") && spec.authorizer().advertisedScopeMapping() != null) {
			JsonPointers.put(extra, SCOPE_MAPPING, node(spec.authorizer().advertisedScopeMapping()));
		}
		List<Interceptor> interceptors = spec.owns("interceptors") && spec.interceptors() != null ? spec.interceptors() : List.of();
		for (int i = 0; i < interceptors.size(); i++) {
			if (Boolean.TRUE.equals(interceptors.get(i).excludeResponseBody())) {
				JsonPointers.put(extra, "/interceptorConfigurations/" + i + "/inputConfiguration/payloadFilter",
						MemberShim.JSON.readTree("{\"exclude\": [{\"field\": \"RESPONSE_BODY\"}]}"));
			}
		}
		return extra;
	}

	/** Copies into {@code extra} what AWS holds for the members the spec does not own; returns their names. */
	static List<String> keep(GatewaySpec spec, JsonNode observed, ObjectNode extra) {
		return keep(spec, null, observed, extra);
	}

	/** As {@link #keep(GatewaySpec, JsonNode, ObjectNode)}; a profile that declares private endpoints owns them. */
	static List<String> keep(GatewaySpec spec, IdpProfileSpec profile, JsonNode observed, ObjectNode extra) {
		List<String> kept = new ArrayList<>();
		Map<String, JsonNode> ownedByProfile = profileEndpoints(profile);
		KEPT_UNLESS_OWNED.forEach((pointer, owner) -> {
			JsonNode held = observed.at(pointer);
			if ((owner == null || !spec.owns(owner)) && !ownedByProfile.containsKey(pointer) && !held.isMissingNode()
					&& !held.isNull()) {
				JsonPointers.put(extra, pointer, held.deepCopy());
				kept.add(JsonPointers.dotted(pointer));
			}
		});
		return kept;
	}

	/** The owned newer members whose value in AWS differs from the spec. */
	static List<String> differences(GatewaySpec spec, JsonNode observed) {
		return differences(spec, null, observed);
	}

	/** As {@link #differences(GatewaySpec, JsonNode)}, with the private endpoints the profile declares. */
	static List<String> differences(GatewaySpec spec, IdpProfileSpec profile, JsonNode observed) {
		List<String> differences = new ArrayList<>();
		profileEndpoints(profile).forEach((pointer, wanted) -> {
			JsonNode held = observed.at(pointer);
			differ(differences, pointer, wanted, held.isMissingNode() || held.isNull() ? null : held);
		});
		GatewaySpec.Protocol protocol = spec.protocol();
		if (spec.owns("protocol.sessionTimeoutSeconds")) {
			Integer wanted = protocol == null ? null : protocol.sessionTimeoutSeconds();
			JsonNode held = observed.at(SESSION + "/sessionTimeoutInSeconds");
			differ(differences, SESSION, wanted, held.isNumber() ? held.asInt() : null);
		}
		if (spec.owns("protocol.responseStreaming")) {
			boolean wanted = protocol != null && Boolean.TRUE.equals(protocol.responseStreaming());
			differ(differences, STREAMING, wanted, observed.at(STREAMING + "/enableResponseStreaming").asBoolean(false));
		}
		if (spec.owns("protocol.listToolsPagination")) {
			differ(differences, NO_PAGINATION, noPagination(spec), observed.at(NO_PAGINATION).asBoolean(false));
		}
		if (spec.owns("authorizer.advertisedScopeMapping")) {
			JsonNode wanted = spec.authorizer().advertisedScopeMapping() == null ? null
					: node(spec.authorizer().advertisedScopeMapping());
			JsonNode held = observed.at(SCOPE_MAPPING);
			differ(differences, SCOPE_MAPPING, wanted, held.isMissingNode() || held.isNull() ? null : held);
		}
		if (spec.owns("interceptors") && spec.interceptors() != null) {
			for (int i = 0; i < spec.interceptors().size(); i++) {
				String filter = "/interceptorConfigurations/" + i + "/inputConfiguration/payloadFilter";
				differ(differences, filter, Boolean.TRUE.equals(spec.interceptors().get(i).excludeResponseBody()),
						observed.at(filter + "/exclude").isArray());
			}
		}
		return differences;
	}

	/**
	 * The authorizer's private endpoints the profile declares (customJWTAuthorizer.privateEndpoint and
	 * privateEndpointOverrides), by pointer; what it does not declare is kept as AWS holds it.
	 */
	private static Map<String, JsonNode> profileEndpoints(IdpProfileSpec profile) {
		Map<String, JsonNode> members = new LinkedHashMap<>();
		if (profile == null) {
			return members;
		}
		if (profile.privateEndpoint() != null) {
			members.put(PRIVATE_ENDPOINT, PrivateEndpoints.wire(profile.privateEndpoint()));
		}
		if (!profile.privateEndpointOverrides().isEmpty()) {
			ArrayNode overrides = MemberShim.JSON.createArrayNode();
			profile.privateEndpointOverrides()
				.forEach(override -> overrides.addObject()
					.put("domain", override.domain())
					.set("privateEndpoint", PrivateEndpoints.wire(override.privateEndpoint())));
			members.put(PRIVATE_ENDPOINT_OVERRIDES, overrides);
		}
		return members;
	}

	private static boolean noPagination(GatewaySpec spec) {
		return spec.owns("protocol.listToolsPagination") && spec.protocol() != null
				&& Boolean.FALSE.equals(spec.protocol().listToolsPagination());
	}

	private static void differ(List<String> differences, String pointer, Object wanted, Object held) {
		if (wanted instanceof JsonNode node && held instanceof JsonNode answer ? !AwsAnswers.same(answer, node)
				: !Objects.equals(wanted, held)) {
			differences.add(JsonPointers.dotted(pointer));
		}
	}

	private static JsonNode node(Object value) {
		return MemberShim.JSON.valueToTree(value);
	}

}
