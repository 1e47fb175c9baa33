package dev.agentcore.controlplane.provisioning;

import java.util.List;

import dev.agentcore.controlplane.resource.StatusUpdate.AwsIdentity;

/**
 * The provisioner's port to STS for the accounts it provisions into: assume the account's role with its external id
 * and ask who that is, in every region of the account. Safe to repeat.
 */
public interface AccountAccess {

	/**
	 * Assumes {@code roleArn} with {@code externalId} and asks STS GetCallerIdentity in each of {@code regions} with
	 * the assumed credentials (which are never returned).
	 *
	 * @throws AgentCoreFailure naming the region and what STS said, when it refuses
	 */
	AgentCore.Call<Assumed> verify(String roleArn, String externalId, List<String> regions);

	/**
	 * What STS confirmed.
	 *
	 * @param accountId the account GetCallerIdentity answered with
	 * @param sessionArn the assumed role's session ARN
	 * @param expectedAccount the account the declaration names
	 */
	record Assumed(String accountId, String sessionArn, String expectedAccount) implements Observed {

		@Override
		public AwsIdentity identity() {
			return new AwsIdentity(accountId, sessionArn, null);
		}

		@Override
		public String status() {
			return "READY";
		}

		@Override
		public List<String> statusReasons() {
			return List.of();
		}

		@Override
		public boolean matchesDesired() {
			return accountId.equals(expectedAccount);
		}

	}

}
