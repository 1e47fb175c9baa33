package dev.agentcore.controlplane.provisioning.aws;

import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.executionrole.AwsAccount;
import dev.agentcore.controlplane.provisioning.AgentCoreFailure;

/**
 * The account and partition of the control plane's own credentials, asked of STS once: they do
 * not change while the process runs.
 */
@Component
class StsAccount implements AwsAccount {

	private final IamCalls calls;

	private volatile GetCallerIdentityResponse identity;

	StsAccount(IamCalls calls) {
		this.calls = calls;
	}

	@Override
	public String accountId() {
		return known().account();
	}

	@Override
	public String partition() {
		return known().arn().split(":", 3)[1];
	}

	@Override
	public String principalArn() {
		return principal(known().arn());
	}

	/** arn:aws:sts::account:assumed-role/Role/session is role Role; a user or root is itself. */
	static String principal(String callerArn) {
		String[] parts = callerArn.split(":", 6);
		if ("sts".equals(parts[2]) && parts[5].startsWith("assumed-role/")) {
			String role = parts[5].split("/")[1];
			return "arn:" + parts[1] + ":iam::" + parts[4] + ":role/" + role;
		}
		return callerArn;
	}

	/** Who the control plane is: arn:aws:sts::account:assumed-role/Role/session, a user, or root. */
	GetCallerIdentityResponse identity() {
		GetCallerIdentityResponse known = identity;
		if (known == null) {
			known = calls.call("sts:GetCallerIdentity", () -> calls.sts().getCallerIdentity());
			identity = known;
		}
		return known;
	}

	/** For the API and the planner: the account, or {@link AwsAccount.Unknown} when STS cannot be asked. */
	private GetCallerIdentityResponse known() {
		try {
			return identity();
		}
		catch (AgentCoreFailure failure) {
			throw new AwsAccount.Unknown(failure.errorType() + " " + failure.getMessage(), failure);
		}
	}

}
