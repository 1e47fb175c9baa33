package dev.agentcore.controlplane.account;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An account as an admin declares it (POST) or replaces it (PUT, full replacement).
 *
 * @param accountId the 12-digit AWS account id; cannot change
 * @param regions the regions gateways may be placed in (e.g. us-east-1), 1 to 30
 * @param roleArn the role in that account the control plane assumes (arn:aws:iam::&lt;accountId&gt;:role/&lt;name&gt;)
 * @param externalId what the role's trust policy requires as sts:ExternalId, 2 to 1224 characters
 * @param teams the teams that may place gateways in the account
 */
@Schema(example = """
		{"accountId": "210987654321", "regions": ["us-east-1", "eu-west-1"],
		 "roleArn": "arn:aws:iam::210987654321:role/AgentCoreControlPlaneAccess", "externalId": "local-external-id",
		 "teams": ["payments"]}""")
record AccountRequest(
		@NotBlank @Pattern(regexp = Placement.ACCOUNT_ID, message = "must be a 12-digit AWS account id") String accountId,
		@NotEmpty @Size(max = 30) List<@NotNull @Pattern(regexp = Placement.REGION, message = "must be an AWS region such as us-east-1") String> regions,
		@NotBlank @Pattern(regexp = "arn:aws(-[a-z]+)*:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}", message = "must be an IAM role ARN: arn:aws:iam::<account>:role/<name>") String roleArn,
		@NotBlank @Size(min = 2, max = 1224) @Pattern(regexp = "[\\w+=,.@:/-]*", message = "must be letters, digits and +=,.@:/-") String externalId,
		@Size(max = 200) List<@NotBlank @Size(max = 128) String> teams) {

	AccountSpec spec() {
		return new AccountSpec(regions == null ? null : regions.stream().distinct().toList(), roleArn, externalId,
				teams == null ? null : teams.stream().distinct().toList());
	}

	/** The role must be in the account it is for. */
	boolean roleInAccount() {
		return accountId == null || roleArn == null || !roleArn.contains(":iam::")
				|| roleArn.startsWith(roleArn.substring(0, roleArn.indexOf(":iam::")) + ":iam::" + accountId + ":");
	}

}
