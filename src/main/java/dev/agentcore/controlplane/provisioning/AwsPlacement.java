package dev.agentcore.controlplane.provisioning;

import java.util.function.Supplier;

/**
 * The account and region the AWS calls of the running reconcile go to: set around a placed gateway's (or its
 * target's) reconcile by {@link RateLimits#inPlacement}, read by the AWS clients ({@code provisioning.aws}), which
 * keep one client per account and region with that account's assumed-role credentials. None set is the control
 * plane's own account and region.
 */
public final class AwsPlacement {

	/**
	 * Where calls go and how they get there.
	 *
	 * @param roleArn the account's role the control plane assumes
	 * @param externalId the external id it assumes the role with
	 */
	public record Target(String accountId, String region, String roleArn, String externalId) {

		@Override
		public String toString() {
			// Never the external id: messages and logs name the account and region only.
			return accountId + "/" + region;
		}

	}

	private static final ThreadLocal<Target> CURRENT = new ThreadLocal<>();

	private AwsPlacement() {
	}

	/** The target of the running reconcile; null for the control plane's own account and region. */
	public static Target current() {
		return CURRENT.get();
	}

	static <T> T within(Target target, Supplier<T> work) {
		Target before = CURRENT.get();
		CURRENT.set(target);
		try {
			return work.get();
		}
		finally {
			if (before == null) {
				CURRENT.remove();
			}
			else {
				CURRENT.set(before);
			}
		}
	}

}
