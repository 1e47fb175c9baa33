package dev.agentcore.controlplane.permissions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The IAM policy the control plane's own identity needs to manage a Cognito identity provider: the
 * user pool operations on exactly that pool (any pool of the account before it exists), and the
 * Secrets Manager operations on exactly that profile's client secrets. Pure.
 */
final class IdentityProviderPermissions {

	static final List<String> UNSCOPED = List.of("cognito-idp:CreateUserPool", "cognito-idp:ListUserPools",
			"cognito-idp:DescribeUserPoolDomain");

	static final List<String> ON_THE_POOL = List.of("cognito-idp:DescribeUserPool", "cognito-idp:DeleteUserPool",
			"cognito-idp:TagResource", "cognito-idp:CreateUserPoolDomain", "cognito-idp:DeleteUserPoolDomain",
			"cognito-idp:CreateResourceServer", "cognito-idp:DescribeResourceServer", "cognito-idp:UpdateResourceServer",
			"cognito-idp:DeleteResourceServer", "cognito-idp:CreateUserPoolClient", "cognito-idp:DescribeUserPoolClient",
			"cognito-idp:UpdateUserPoolClient", "cognito-idp:DeleteUserPoolClient", "cognito-idp:ListUserPoolClients");

	static final List<String> ON_THE_SECRETS = List.of("secretsmanager:CreateSecret", "secretsmanager:PutSecretValue",
			"secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret", "secretsmanager:DeleteSecret",
			"secretsmanager:TagResource");

	private IdentityProviderPermissions() {
	}

	/**
	 * @param controlPlanePolicy for the identity that runs the control plane
	 * @param notes what the planner cannot narrow yet
	 */
	record ManagedIdpPlan(Map<String, Object> controlPlanePolicy, List<String> notes) {
	}

	/**
	 * @param userPoolArn the pool's ARN once the provisioner created it; null before
	 * @param secretNamePrefix the names of the profile's client secrets start with it
	 */
	static ManagedIdpPlan plan(String userPoolArn, String secretNamePrefix) {
		List<String> notes = new ArrayList<>();
		String pool = userPoolArn;
		String secrets;
		if (userPoolArn == null) {
			pool = "arn:aws:cognito-idp:*:*:userpool/*";
			secrets = "arn:aws:secretsmanager:*:*:secret:" + secretNamePrefix + "*";
			notes.add("The user pool does not exist yet: the statements admit any pool and any region and account. Narrow "
					+ "them to the pool's ARN once the profile is READY (GET this again).");
		}
		else {
			Arn arn = Arn.parse(userPoolArn);
			secrets = "arn:" + arn.partition() + ":secretsmanager:" + arn.region() + ":" + arn.account() + ":secret:"
					+ secretNamePrefix + "*";
		}
		notes.add(String.join(", ", UNSCOPED) + " take no resource: AWS authorizes them on '*' only.");
		notes.add("Secrets Manager appends 6 random characters to a secret's name in its ARN; the trailing '*' covers them.");
		PolicyDocument policy = new PolicyDocument().allow("CreateAndFindUserPools", UNSCOPED, List.of("*"))
			.allow("ManageTheUserPool", ON_THE_POOL, List.of(pool))
			.allow("KeepTheClientSecrets", ON_THE_SECRETS, List.of(secrets));
		return new ManagedIdpPlan(policy.json(), notes);
	}

}
