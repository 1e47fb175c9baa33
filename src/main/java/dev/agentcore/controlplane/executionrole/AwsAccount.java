package dev.agentcore.controlplane.executionrole;

/**
 * The AWS account and partition the control plane works in, as its own credentials say (STS
 * GetCallerIdentity), so a managed role's ARN is known before IAM created it.
 */
public interface AwsAccount {

	String accountId();

	/** aws, aws-cn or aws-us-gov. */
	String partition();

}
