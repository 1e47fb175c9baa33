package dev.agentcore.controlplane.account;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.agentcore.controlplane.resource.StatusView;

/**
 * An account as the API shows it.
 *
 * @param accountId the 12-digit AWS account id
 * @param regions the regions gateways may be placed in
 * @param roleArn the role the control plane assumes there
 * @param externalId the external id it assumes the role with
 * @param teams the teams that may place gateways in it
 * @param generation counts accepted spec changes
 * @param status the provisioner's account: READY once the role was assumed and STS confirmed the account
 * @param aws what STS confirmed
 */
record AccountResponse(UUID id, String accountId, List<String> regions, String roleArn, String externalId,
		List<String> teams, int version, long generation, Instant createdAt, Instant updatedAt, String createdBy,
		StatusView status, AwsView aws) {

	static AccountResponse from(Account account) {
		AccountSpec spec = account.spec();
		return new AccountResponse(account.id(), account.accountId(), spec.regions(), spec.roleArn(), spec.externalId(),
				spec.teams(), account.version(), account.generation(), account.createdAt(), account.updatedAt(),
				account.createdBy(), StatusView.from(account.status(), account.createdAt(), account.deletionRequested()),
				new AwsView(account.aws().accountId(), account.aws().sessionArn()));
	}

	/**
	 * @param accountId the account STS GetCallerIdentity answered with, once the role was assumed
	 * @param sessionArn the assumed role's session (never its credentials)
	 */
	@Schema(name = "AccountAwsView")
	record AwsView(String accountId, String sessionArn) {
	}

}
