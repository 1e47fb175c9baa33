package dev.agentcore.controlplane.gatewaytarget;

import java.util.List;

import dev.agentcore.controlplane.gatewaytarget.Credentials.CredentialType;

/** The kinds of target, with the credentials AgentCore allows for each and the default one. */
public enum TargetType {

	OPENAPI("openApi", List.of(CredentialType.OAUTH, CredentialType.API_KEY), null),
	SMITHY("smithy", List.of(CredentialType.GATEWAY_IAM_ROLE), CredentialType.GATEWAY_IAM_ROLE),
	LAMBDA("lambda", List.of(CredentialType.GATEWAY_IAM_ROLE, CredentialType.OAUTH), CredentialType.GATEWAY_IAM_ROLE),
	MCP_SERVER("mcpServer", List.of(CredentialType.NONE, CredentialType.OAUTH), CredentialType.NONE),
	API_GATEWAY("apiGateway", List.of(CredentialType.GATEWAY_IAM_ROLE, CredentialType.API_KEY),
			CredentialType.GATEWAY_IAM_ROLE);

	private final String block;

	private final List<CredentialType> credentials;

	private final CredentialType defaultCredentials;

	TargetType(String block, List<CredentialType> credentials, CredentialType defaultCredentials) {
		this.block = block;
		this.credentials = credentials;
		this.defaultCredentials = defaultCredentials;
	}

	/** The request member holding this type's configuration. */
	public String block() {
		return block;
	}

	public List<CredentialType> allowedCredentials() {
		return credentials;
	}

	/** The credentials used when none are given; null when they are required. */
	public CredentialType defaultCredentials() {
		return defaultCredentials;
	}

}
