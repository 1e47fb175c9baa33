package dev.agentcore.controlplane.account;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.agentcore.controlplane.resource.ResourceEvent;
import dev.agentcore.controlplane.resource.ResourceResponses;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.Page;
import dev.agentcore.controlplane.web.PageRequest;
import dev.agentcore.controlplane.web.ProblemResponses;
import dev.agentcore.controlplane.web.Violations;

@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Accounts", description = "AWS accounts and regions the control plane provisions into (admins)")
class AccountController {

	static final String PATH = "/api/v1/accounts/";

	private final AccountManagement accounts;

	private final Violations violations;

	AccountController(AccountManagement accounts, Violations violations) {
		this.accounts = accounts;
		this.violations = violations;
	}

	@PostMapping
	@Operation(summary = "Declare an account", description = "Admins only. Accepted at once (202); the provisioner "
			+ "assumes the role (STS AssumeRole with the external id) and asks STS GetCallerIdentity: READY when STS "
			+ "confirms the account, FAILED with the trust policy to add otherwise. Accepts Idempotency-Key.")
	@ProblemResponses({ 400, 403, 409, 413, 415 })
	ResponseEntity<AccountResponse> declare(@AuthenticationPrincipal Caller caller, @RequestBody AccountRequest request) {
		check(request);
		return accepted(accounts.declare(caller, request.accountId(), request.spec()));
	}

	@GetMapping
	@Operation(summary = "List accounts", description = "Admins only; in creation order, keyset-paginated.")
	@ProblemResponses({ 400, 403 })
	Page<AccountResponse> list(@AuthenticationPrincipal Caller caller,
			@Parameter(description = "page size, 1 to 200 (default 50)") @RequestParam(required = false) Integer limit,
			@Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor) {
		return accounts.list(caller, PageRequest.of(limit, cursor)).map(AccountResponse::from);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read an account", description = "Admins only. The ETag is the version to send in If-Match.")
	@ProblemResponses({ 403, 404 })
	ResponseEntity<AccountResponse> get(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
		Account account = accounts.visible(caller, id);
		return ResourceResponses.read(account, AccountResponse.from(account));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replace an account's spec", description = "Admins only; full replacement; needs If-Match. The "
			+ "account id cannot change (NAME_IMMUTABLE). A changed spec is verified again (202).")
	@ProblemResponses({ 400, 403, 404, 409, 412, 413, 415, 428 })
	ResponseEntity<AccountResponse> replace(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody AccountRequest request) {
		check(request);
		return accepted(accounts.respecify(caller, id, ifMatch, request.accountId(), request.spec()));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete an account", description = "Admins only; needs If-Match. Refused with "
			+ "ACCOUNT_HOLDS_GATEWAYS (naming them) while gateways are placed in it. Nothing is deleted in AWS: the "
			+ "control plane forgets the account.")
	@ProblemResponses({ 403, 404, 409, 412, 428 })
	ResponseEntity<AccountResponse> delete(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return accepted(accounts.requestDeletion(caller, id, ifMatch));
	}

	@PostMapping("/{id}/reconcile")
	@Operation(summary = "Verify now", description = "Admins only. Assume the role again at once; also ends a failure "
			+ "(after the trust policy was fixed).")
	@ProblemResponses({ 403, 404 })
	ResponseEntity<AccountResponse> reconcile(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
		return accepted(accounts.requestReconcile(caller, id));
	}

	@GetMapping("/{id}/events")
	@Operation(summary = "History of the account", description = "Admins only; newest first, keyset-paginated.")
	@ProblemResponses({ 400, 403, 404 })
	Page<ResourceEvent> events(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
		return accounts.events(caller, id, limit, cursor);
	}

	private void check(AccountRequest request) {
		Violations.Collector found = violations.of(request);
		if (!request.roleInAccount()) {
			found.add("roleArn", "must be a role in account " + request.accountId() + " (arn:aws:iam::"
					+ request.accountId() + ":role/<name>)");
		}
		found.throwIfAny();
	}

	private ResponseEntity<AccountResponse> accepted(Account account) {
		return ResourceResponses.accepted(PATH, account, AccountResponse.from(account));
	}

}
