package dev.agentcore.controlplane.provisioning;

import java.util.List;
import java.util.Optional;

import dev.agentcore.controlplane.provisioning.AgentCore.Call;
import dev.agentcore.controlplane.resource.StatusUpdate.AwsIdentity;

/**
 * What the provisioner needs from AgentCore Identity's token vault: create, observe, update and delete OAuth2 and
 * API-key credential providers, by name (AgentCore names them so; a name is unique in the vault). Each is safe to
 * repeat: a repeated create is found by name, deleting what is gone succeeds. Failures are {@link AgentCoreFailure}s.
 */
public interface AgentCoreCredentials {

	Call<Provider> create(DesiredCredentialProvider desired);

	/** The provider, compared with what is desired; empty when AWS does not have it. */
	Optional<Provider> observe(String name, boolean oauth2, DesiredCredentialProvider desired);

	Call<Provider> update(DesiredCredentialProvider desired);

	Call<Void> delete(String name, boolean oauth2);

	/**
	 * A provider as AWS reports it (never its secret).
	 *
	 * @param secretArn the Secrets Manager secret the token vault keeps the client secret or key in
	 * @param callbackUrl OAuth2: the redirect URL the vendor must allow
	 */
	record Provider(String name, String arn, String callbackUrl, String secretArn, String status,
			List<String> statusReasons, boolean matchesDesired) implements Observed {

		@Override
		public AwsIdentity identity() {
			return new AwsIdentity(name, arn, callbackUrl);
		}

	}

}
