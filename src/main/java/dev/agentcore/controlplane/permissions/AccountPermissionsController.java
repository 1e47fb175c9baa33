package dev.agentcore.controlplane.permissions;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import dev.agentcore.controlplane.account.Account;
import dev.agentcore.controlplane.account.AccountManagement;
import dev.agentcore.controlplane.executionrole.AwsAccount;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.ProblemResponses;

@RestController
@Tag(name = "Accounts")
class AccountPermissionsController {

	private final AccountManagement accounts;

	private final AwsAccount self;

	AccountPermissionsController(AccountManagement accounts, AwsAccount self) {
		this.accounts = accounts;
		this.self = self;
	}

	@GetMapping("/api/v1/accounts/{id}/permissions")
	@Operation(operationId = "accountPermissions", summary = "The IAM policies an account needs",
			description = "Admins only. The access role's trust policy (the control plane's own principal, the external "
					+ "id, sts:AssumeRole, nothing more), what the role must be allowed for the kinds it will hold in the "
					+ "account's regions, and the control plane's own policy to assume it.")
	@ProblemResponses({ 403, 404 })
	AccountPermissions.Plan permissions(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
		Account account = accounts.visible(caller, id);
		String principal;
		try {
			principal = self.principalArn();
		}
		catch (AwsAccount.Unknown unknown) {
			principal = null;
		}
		return AccountPermissions.plan(account.accountId(), account.spec().regions(), account.spec().roleArn(),
				account.spec().externalId(), principal);
	}

}
