package dev.agentcore.controlplane.network;

import java.util.List;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import dev.agentcore.controlplane.servicemodel.ModelMember;
import dev.agentcore.controlplane.web.Violations;

/**
 * A private endpoint for one domain of an identity provider (the model's PrivateEndpointOverride): AgentCore reaches
 * that domain (say the JWKS host, when it differs from the issuer's) through this endpoint instead of the default one.
 *
 * @param domain the host name, e.g. keys.idp.corp.example.com
 * @param privateEndpoint how AgentCore reaches it
 */
@Schema(example = "{\"domain\": \"keys.idp.corp.example.com\", \"privateEndpoint\": {\"latticeResourceConfiguration\": \"rcfg-0123456789abcdef0\"}}")
public record PrivateEndpointOverride(
		@NotNull @ModelMember(value = "PrivateEndpointOverride.domain", hint = "a host name such as keys.idp.corp.example.com") String domain,
		@NotNull @Valid PrivateEndpoint privateEndpoint) {

	private static final Pattern HOSTNAME = Pattern
		.compile("(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");

	/** Each override's endpoint as a target's is checked, its domain a host name, each domain once. */
	public static void check(List<PrivateEndpointOverride> overrides, String field, Violations.Collector violations) {
		if (overrides == null) {
			return;
		}
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (int i = 0; i < overrides.size(); i++) {
			PrivateEndpointOverride override = overrides.get(i);
			if (override == null) {
				continue;
			}
			String path = field + "[" + i + "]";
			if (override.domain() != null && !HOSTNAME.matcher(override.domain()).matches()) {
				violations.add(path + ".domain", "must be a host name (letters, digits, hyphens and dots, no scheme, port or path), "
						+ "e.g. keys.idp.corp.example.com");
			}
			else if (override.domain() != null && !seen.add(override.domain().toLowerCase(java.util.Locale.ROOT))) {
				violations.add(path + ".domain", "names a domain an earlier override already names; give each domain once");
			}
			PrivateEndpoint.check(override.privateEndpoint(), path + ".privateEndpoint", violations);
		}
	}

}
