package dev.agentcore.controlplane.provisioning;

import java.util.function.Supplier;

import dev.agentcore.controlplane.executionrole.AwsAccount;

/** Planning that needs the account (a managed role's ARN): when AWS cannot say it now, a reconcile retries later. */
final class AccountLookups {

	private AccountLookups() {
	}

	static <T> T retryable(Supplier<T> planning) {
		try {
			return planning.get();
		}
		catch (AwsAccount.Unknown ex) {
			throw new AgentCoreFailure("AccountUnknown", 503, ex.getBody().getDetail(), true, null, ex);
		}
	}

}
