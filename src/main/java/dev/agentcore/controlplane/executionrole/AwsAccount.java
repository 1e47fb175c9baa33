package dev.agentcore.controlplane.executionrole;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import dev.agentcore.controlplane.web.Problems;

/**
 * The AWS account and partition the control plane works in, as its own credentials say (STS
 * GetCallerIdentity), so a managed role's ARN is known before IAM created it.
 */
public interface AwsAccount {

	/** @throws Unknown when AWS cannot be asked (no credentials, no network) */
	String accountId();

	/** aws, aws-cn or aws-us-gov. @throws Unknown when AWS cannot be asked */
	String partition();

	/**
	 * The control plane's own principal as a trust policy names it: the role of its assumed-role session, or its user.
	 * @throws Unknown when AWS cannot be asked
	 */
	default String principalArn() {
		throw new Unknown("this identity cannot tell its principal", null);
	}

	/** The account cannot be told now: a 503 for the API, a retry for the provisioner. */
	class Unknown extends ErrorResponseException {

		public Unknown(String reason, Throwable cause) {
			super(HttpStatus.SERVICE_UNAVAILABLE, Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "AWS_ACCOUNT_UNKNOWN",
					"The control plane cannot tell its AWS account (STS GetCallerIdentity: " + reason + "), so the ARN of "
							+ "a managed role IAM has not created yet is unknown. Try again once AWS answers."), cause);
		}

	}

}
