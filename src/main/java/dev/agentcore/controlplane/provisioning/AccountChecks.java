package dev.agentcore.controlplane.provisioning;

import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.account.Account;
import dev.agentcore.controlplane.executionrole.AwsAccount;
import dev.agentcore.controlplane.permissions.AccountPermissions;

/**
 * An account's AWS calls for the skeleton: assuming its role is both its create and its observation, and a refusal
 * says what to fix, with the trust policy the role needs (the permissions planner's), the external id included.
 */
@Component
class AccountChecks {

	/** What an account's verification needs. */
	record Desired(String accountId, String roleArn, String externalId, List<String> regions) {
	}

	private final AccountAccess sts;

	private final AwsAccount self;

	private final JsonMapper json;

	AccountChecks(AccountAccess sts, AwsAccount self, JsonMapper json) {
		this.sts = sts;
		this.self = self;
		this.json = json;
	}

	AgentCore.Call<AccountAccess.Assumed> verify(Desired desired) {
		AgentCore.Call<AccountAccess.Assumed> call;
		try {
			call = sts.verify(desired.roleArn(), desired.externalId(), desired.regions());
		}
		catch (AgentCoreFailure failure) {
			if (failure.retryable()) {
				throw new AgentCoreFailure(failure.errorType(), failure.httpStatus(), "Account " + desired.accountId()
						+ ": " + failure.getMessage(), true, failure.requestId(), failure);
			}
			throw new Unreconcilable(code(failure), "Account " + desired.accountId() + ": STS refused ("
					+ failure.errorType() + "): " + failure.getMessage() + " " + fix(failure, desired));
		}
		if (!call.result().matchesDesired()) {
			throw new Unreconcilable("ACCOUNT_MISMATCH", "Account " + desired.accountId() + ": the role "
					+ desired.roleArn() + " is in account " + call.result().accountId() + " according to STS. Declare the "
					+ "role of account " + desired.accountId() + ".");
		}
		return call;
	}

	/** An account is in AWS as long as the control plane is to use it. */
	Optional<AccountAccess.Assumed> observe(Account account, Desired desired) {
		if (account.deletionRequested()) {
			return Optional.empty();
		}
		return Optional.of(verify(desired).result());
	}

	private String fix(AgentCoreFailure failure, Desired desired) {
		if (failure.getMessage() != null && failure.getMessage().startsWith("In region ")) {
			return "Enable the region in the account, or remove it from the account's regions.";
		}
		return "Give the role " + desired.roleArn() + " this trust policy (it admits the control plane with external id "
				+ "of the account, for sts:AssumeRole only): " + json.writeValueAsString(trustPolicy(desired))
				+ " Then POST .../reconcile.";
	}

	private Object trustPolicy(Desired desired) {
		String principal;
		try {
			principal = self.principalArn();
		}
		catch (AwsAccount.Unknown unknown) {
			principal = null;
		}
		return AccountPermissions.plan(desired.accountId(), desired.regions(), desired.roleArn(), desired.externalId(),
				principal).trustPolicy();
	}

	private static String code(AgentCoreFailure failure) {
		return failure.getMessage() != null && failure.getMessage().startsWith("In region ") ? "ACCOUNT_REGION_REFUSED"
				: "ACCOUNT_ROLE_NOT_ASSUMED";
	}

}
