package dev.agentcore.controlplane.cedar;

/**
 * Who calls a gateway, as AgentCore Policy names it in Cedar: an {@code AgentCore::OAuthUser} behind a
 * JWT authorizer (id from {@code sub}, every claim a string tag) or an {@code AgentCore::IamEntity} behind
 * AWS_IAM (id the caller's ARN, no tags).
 */
public enum PrincipalKind {

	OAUTH_USER("OAuthUser"), IAM_ENTITY("IamEntity");

	private final String entityType;

	PrincipalKind(String entityType) {
		this.entityType = entityType;
	}

	/** The entity type's name in the AgentCore namespace. */
	public String entityType() {
		return entityType;
	}

	/** The Cedar type of the principal, e.g. {@code AgentCore::OAuthUser}. */
	public String qualified() {
		return CedarSchema.NAMESPACE + "::" + entityType;
	}

}
