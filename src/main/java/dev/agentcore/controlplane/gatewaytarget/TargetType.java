package dev.agentcore.controlplane.gatewaytarget;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.agentcore.controlplane.gatewaytarget.Credentials.CredentialType;
import dev.agentcore.controlplane.gatewaytarget.Credentials.GrantType;

/**
 * The kinds of target, with AgentCore's outbound-authorization matrix (developer guide, "Set up
 * outbound authorization for your gateway"): the credentials each allows, the OAuth grants among
 * them, and the default when none are given.
 */
public enum TargetType {

	OPENAPI("openApi", List.of(CredentialType.NONE, CredentialType.GATEWAY_IAM_ROLE, CredentialType.OAUTH, CredentialType.API_KEY),
			EnumSet.allOf(GrantType.class), CredentialType.NONE),
	SMITHY("smithy", List.of(CredentialType.GATEWAY_IAM_ROLE, CredentialType.OAUTH), EnumSet.of(GrantType.CLIENT_CREDENTIALS),
			CredentialType.GATEWAY_IAM_ROLE),
	LAMBDA("lambda", List.of(CredentialType.GATEWAY_IAM_ROLE), EnumSet.noneOf(GrantType.class), CredentialType.GATEWAY_IAM_ROLE),
	MCP_SERVER("mcpServer", List.of(CredentialType.NONE, CredentialType.GATEWAY_IAM_ROLE, CredentialType.OAUTH,
			CredentialType.API_KEY), EnumSet.allOf(GrantType.class), CredentialType.NONE),
	API_GATEWAY("apiGateway", List.of(CredentialType.NONE, CredentialType.GATEWAY_IAM_ROLE, CredentialType.API_KEY),
			EnumSet.noneOf(GrantType.class), CredentialType.GATEWAY_IAM_ROLE),
	AGENTCORE_RUNTIME("agentcoreRuntime", List.of(CredentialType.GATEWAY_IAM_ROLE, CredentialType.CALLER_IAM_CREDENTIALS,
			CredentialType.OAUTH, CredentialType.JWT_PASSTHROUGH), EnumSet.of(GrantType.CLIENT_CREDENTIALS),
			CredentialType.GATEWAY_IAM_ROLE);

	private final String block;

	private final List<CredentialType> credentials;

	private final Set<GrantType> grants;

	private final CredentialType defaultCredentials;

	TargetType(String block, List<CredentialType> credentials, Set<GrantType> grants, CredentialType defaultCredentials) {
		this.block = block;
		this.credentials = credentials;
		this.grants = grants;
		this.defaultCredentials = defaultCredentials;
	}

	/** The request member holding this type's configuration. */
	public String block() {
		return block;
	}

	public List<CredentialType> allowedCredentials() {
		return credentials;
	}

	/** The OAuth grants allowed with OAUTH credentials. */
	public Set<GrantType> allowedGrants() {
		return grants;
	}

	/** The credentials used when none are given. */
	public CredentialType defaultCredentials() {
		return defaultCredentials;
	}

	/** Whether GATEWAY_IAM_ROLE credentials must name the signing service: AgentCore knows it for the others. */
	public boolean needsSigningName() {
		return this == MCP_SERVER || this == OPENAPI;
	}

	/** Whether GATEWAY_IAM_ROLE credentials may name the signing service. */
	public boolean takesSigningName() {
		return needsSigningName() || this == AGENTCORE_RUNTIME;
	}

}
