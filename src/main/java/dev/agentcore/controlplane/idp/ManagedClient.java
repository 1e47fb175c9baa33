package dev.agentcore.controlplane.idp;

/**
 * An app client the provisioner created for a managed profile. Its secret is never here: only the
 * ARN of the Secrets Manager secret that holds it.
 *
 * @param name the client's name in the profile
 * @param clientId Cognito's app client id, the value of {@code client_id} in its tokens
 * @param secretArn the secret holding {@code {"clientId", "clientSecret"}}
 */
public record ManagedClient(String name, String clientId, String secretArn) {
}
