package dev.agentcore.controlplane.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.ManagedExecutionRoles;
import dev.agentcore.controlplane.gatewaytarget.GatewayTarget;

/**
 * Backstage entities ({@code backstage.io/v1alpha1}) for one gateway: a {@code Resource} of type
 * {@code mcp-gateway}, owned by the gateway's team, linking to the MCP endpoint and to our API; and an
 * {@code API} describing its tools. Once AWS gave the gateway its URL the API is of Backstage's type
 * {@code mcp-server} with the URL as a streamable-http remote; before, it is of type {@code mcp}. Both
 * carry a {@code definition} listing the targets and their tools, a managed execution role's ARN, phase
 * and last error as annotations, and a placed gateway's AWS account and region as annotations and labels.
 */
@Component
class CatalogEntities {

	static final String API_VERSION = "backstage.io/v1alpha1";

	static final String ANNOTATION = "agentcore.dev/";

	private final JsonMapper json;

	CatalogEntities(JsonMapper json) {
		this.json = json;
	}

	/** {@code role}: the gateway's managed execution role, null when it names its own. */
	List<Map<String, Object>> of(Gateway gateway, List<GatewayTarget> targets, ManagedExecutionRoles.View role,
			String apiBase) {
		String name = entityName(gateway.name());
		String url = gateway.aws().gatewayUrl();
		String apiUrl = apiBase + "/api/v1/gateways/" + gateway.id();
		Map<String, String> annotations = new LinkedHashMap<>();
		annotations.put(ANNOTATION + "gateway-id", gateway.id().toString());
		annotations.put(ANNOTATION + "phase", gateway.deletionRequested() ? "DELETING" : gateway.status().phase().name());
		if (gateway.aws().gatewayArn() != null) {
			annotations.put(ANNOTATION + "gateway-arn", gateway.aws().gatewayArn());
		}
		annotations.putAll(placement(gateway));
		if (role != null) {
			annotations.putAll(roleAnnotations(role));
		}
		List<Map<String, String>> links = new ArrayList<>();
		if (url != null) {
			links.add(Map.of("url", url, "title", "MCP endpoint", "type", "mcp"));
		}
		links.add(Map.of("url", apiUrl, "title", "Control plane API", "type", "api"));
		Map<String, Object> resourceSpec = new LinkedHashMap<>();
		resourceSpec.put("type", "mcp-gateway");
		resourceSpec.put("owner", gateway.team());
		resourceSpec.put("dependencyOf", List.of("api:" + name + "-mcp"));
		Map<String, Object> resource = entity("Resource", name, gateway, annotations, links, resourceSpec);

		Map<String, Object> apiSpec = new LinkedHashMap<>();
		apiSpec.put("type", url == null ? "mcp" : "mcp-server");
		apiSpec.put("lifecycle", "production");
		apiSpec.put("owner", gateway.team());
		apiSpec.put("definition", definition(gateway, targets, url));
		if (url != null) {
			apiSpec.put("remotes", List.of(Map.of("type", "streamable-http", "url", url)));
		}
		Map<String, Object> api = entity("API", name + "-mcp", gateway, annotations, links, apiSpec);
		return List.of(resource, api);
	}

	private static Map<String, Object> entity(String kind, String name, Gateway gateway, Map<String, String> annotations,
			List<Map<String, String>> links, Map<String, Object> spec) {
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put("name", name);
		metadata.put("namespace", "default");
		metadata.put("title", gateway.name());
		if (gateway.spec().description() != null && !gateway.spec().description().isBlank()) {
			metadata.put("description", gateway.spec().description());
		}
		metadata.put("annotations", annotations);
		Map<String, String> placement = placement(gateway);
		if (!placement.isEmpty()) {
			// Labels too: the portal filters and groups entities by them.
			metadata.put("labels", placement);
		}
		metadata.put("tags", List.of("agentcore", "mcp"));
		metadata.put("links", links);
		Map<String, Object> entity = new LinkedHashMap<>();
		entity.put("apiVersion", API_VERSION);
		entity.put("kind", kind);
		entity.put("metadata", metadata);
		entity.put("spec", spec);
		return entity;
	}

	private String definition(Gateway gateway, List<GatewayTarget> targets, String url) {
		List<Map<String, Object>> described = new ArrayList<>();
		for (GatewayTarget target : targets) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("name", target.name());
			entry.put("type", target.type().name());
			entry.put("tools", GatewayTools.of(target, json));
			described.add(entry);
		}
		Map<String, Object> definition = new LinkedHashMap<>();
		definition.put("protocol", "mcp");
		definition.put("url", url);
		definition.put("authorizer", gateway.spec().authorizer().type().name());
		definition.put("targets", described);
		return json.writerWithDefaultPrettyPrinter().writeValueAsString(definition);
	}

	/**
	 * The AWS account and region a gateway placed in a declared account lives in; none for the control plane's own
	 * (where gateways lived before accounts; its ARN names it).
	 */
	private static Map<String, String> placement(Gateway gateway) {
		Map<String, String> placement = new LinkedHashMap<>();
		if (!gateway.placement().own()) {
			placement.put(ANNOTATION + "aws-account-id", gateway.placement().accountId());
			placement.put(ANNOTATION + "aws-region", gateway.placement().region());
		}
		return placement;
	}

	private static Map<String, String> roleAnnotations(ManagedExecutionRoles.View role) {
		Map<String, String> annotations = new LinkedHashMap<>();
		if (role.roleArn() != null) {
			annotations.put(ANNOTATION + "execution-role-arn", role.roleArn());
		}
		annotations.put(ANNOTATION + "execution-role-phase", role.phase().name());
		if (role.lastError() != null) {
			annotations.put(ANNOTATION + "execution-role-error", role.lastError().code() + ": " + role.lastError().message());
		}
		return annotations;
	}

	/** Backstage names: letters, digits and [-_.] between them, at most 63 characters. */
	static String entityName(String gatewayName) {
		String name = gatewayName.toLowerCase(Locale.ROOT).replaceAll("-+$", "");
		return name.length() > 59 ? name.substring(0, 59) : name;
	}

}
