package dev.agentcore.controlplane.provisioning.aws;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.provisioning.AwsPlacement;

/**
 * Assumed-role credentials per account role and region, shared by every client of a placement (AgentCore, IAM,
 * Cognito, Secrets Manager, STS): one {@link StsAssumeRoleCredentialsProvider} each, which caches the credentials and
 * refreshes them in the background before they expire. The credentials never leave the SDK's providers: nothing here
 * returns, logs or stores them.
 */
@Component
class AssumedCredentials implements DisposableBean {

	/** The session name in CloudTrail of the account: who assumed the role. */
	static final String SESSION_NAME = "agentcore-control-plane";

	/** One role with one external id, signing for one region. */
	record Key(String roleArn, String externalId, String region) {
	}

	private final IamClients clients;

	private final Map<Key, StsAssumeRoleCredentialsProvider> providers = new ConcurrentHashMap<>();

	AssumedCredentials(IamClients clients) {
		this.clients = clients;
	}

	/** The cached, refreshed credentials of the role for clients of {@code region}. */
	AwsCredentialsProvider of(String roleArn, String externalId, String region) {
		return providers.computeIfAbsent(new Key(roleArn, externalId, region),
				key -> StsAssumeRoleCredentialsProvider.builder()
					.stsClient(clients.sts())
					.refreshRequest(request -> request.roleArn(key.roleArn())
						.externalId(key.externalId())
						.roleSessionName(SESSION_NAME))
					.asyncCredentialUpdateEnabled(true)
					.build());
	}

	/** The credentials of a placement's account role, for its region. */
	AwsCredentialsProvider of(AwsPlacement.Target target) {
		return of(target.roleArn(), target.externalId(), target.region());
	}

	@Override
	public void destroy() {
		providers.values().forEach(StsAssumeRoleCredentialsProvider::close);
	}

}
