package dev.agentcore.controlplane.provisioning.aws;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.provisioning.AccountAccess;
import dev.agentcore.controlplane.provisioning.AgentCore;
import dev.agentcore.controlplane.provisioning.AgentCoreFailure;

/**
 * Assumed-role credentials per account role and region: one {@link AssumedCredentials} provider each, which
 * caches the credentials and refreshes them in the background before they expire (so no call waits on STS while they
 * are good), and an STS client signing for the region with them. The credentials themselves never leave the SDK's
 * providers: nothing here returns, logs or stores them.
 */
@Component
class AccountSessions implements AccountAccess, DisposableBean {

	/** The session name in CloudTrail of the account: who assumed the role. */
	static final String SESSION_NAME = AssumedCredentials.SESSION_NAME;

	/** One role with one external id, signing for one region. */
	record Key(String roleArn, String externalId, String region) {
	}

	private final IamCalls calls;

	private final IamClients clients;

	private final AssumedCredentials assumedCredentials;

	private final Map<Key, StsClient> identities = new ConcurrentHashMap<>();

	AccountSessions(IamCalls calls, IamClients clients, AssumedCredentials assumed) {
		this.calls = calls;
		this.clients = clients;
		this.assumedCredentials = assumed;
	}

	/** The cached, refreshed credentials of the role for clients of {@code region}. */
	AwsCredentialsProvider credentials(String roleArn, String externalId, String region) {
		return assumedCredentials.of(roleArn, externalId, region);
	}

	@Override
	public AgentCore.Call<Assumed> verify(String roleArn, String externalId, List<String> regions) {
		String expected = roleArn.split(":", 6)[4];
		// A fresh AssumeRole, not the cached credentials: a trust policy changed since must show now.
		String requestId = calls.call("sts:AssumeRole", () -> calls.sts()
			.assumeRole(request -> request.roleArn(roleArn).externalId(externalId).roleSessionName(SESSION_NAME)))
			.responseMetadata()
			.requestId();
		Assumed assumed = null;
		for (String region : regions) {
			Key key = new Key(roleArn, externalId, region);
			StsClient sts = identities.computeIfAbsent(key,
					k -> clients.sts(Region.of(region), credentials(roleArn, externalId, region)));
			GetCallerIdentityResponse identity;
			try {
				identity = calls.call("sts:GetCallerIdentity", sts::getCallerIdentity);
			}
			catch (AgentCoreFailure failure) {
				throw new AgentCoreFailure(failure.errorType(), failure.httpStatus(), "In region " + region + ": "
						+ failure.getMessage(), failure.retryable(), failure.requestId(), failure);
			}
			assumed = new Assumed(identity.account(), identity.arn(), expected);
			if (!assumed.matchesDesired()) {
				break;
			}
		}
		return new AgentCore.Call<>(assumed, requestId);
	}

	@Override
	public void destroy() {
		identities.values().forEach(StsClient::close);
	}

}
