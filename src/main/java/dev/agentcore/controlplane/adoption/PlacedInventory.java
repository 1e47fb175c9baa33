package dev.agentcore.controlplane.adoption;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.account.AccountManagement;
import dev.agentcore.controlplane.account.Placement;
import dev.agentcore.controlplane.provisioning.AgentCoreFailure;
import dev.agentcore.controlplane.provisioning.AgentCoreInventory;
import dev.agentcore.controlplane.provisioning.RateLimits;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.InvalidRequest;
import dev.agentcore.controlplane.web.Problems.FieldError;

/**
 * What AWS holds in one account and region, read through that account's assumed role within its quotas: the
 * inventory and imports follow placement as the provisioner does. A team reads only where an account allows it (403
 * PLACEMENT_NOT_ALLOWED, as when it places a gateway); none named is the control plane's own account and region.
 */
@Component
class PlacedInventory {

	private static final Pattern ACCOUNT_ID = Pattern.compile(Placement.ACCOUNT_ID);

	private static final Pattern REGION = Pattern.compile(Placement.REGION);

	private final AgentCoreInventory inventory;

	private final AccountManagement accounts;

	private final RateLimits limits;

	PlacedInventory(AgentCoreInventory inventory, AccountManagement accounts, RateLimits limits) {
		this.inventory = inventory;
		this.accounts = accounts;
		this.limits = limits;
	}

	/**
	 * The placement the caller names ({@code accountId} and {@code region} together, or neither for the control plane's
	 * own account and region), checked like a gateway's: 400 naming a malformed or missing one, 403 where no account
	 * allows the caller's team.
	 */
	Placement place(Caller caller, String accountId, String region) {
		List<FieldError> errors = new ArrayList<>();
		if (accountId != null && !ACCOUNT_ID.matcher(accountId).matches()) {
			errors.add(new FieldError("accountId", "must be a 12-digit AWS account id"));
		}
		if (region != null && !REGION.matcher(region).matches()) {
			errors.add(new FieldError("region", "must be an AWS region such as us-east-1"));
		}
		if (accountId == null && region != null) {
			errors.add(new FieldError("accountId", "is required with region: name the account the region is in"));
		}
		if (region == null && accountId != null) {
			errors.add(new FieldError("region", "is required with accountId: name one of the account's regions"));
		}
		if (!errors.isEmpty()) {
			throw InvalidRequest.fields(errors);
		}
		return accountId == null ? Placement.OWN : accounts.place(caller.requireTeam(), new Placement(accountId, region));
	}

	AgentCoreInventory.Page gateways(Placement placement, String nextToken, int maxResults) {
		return read(placement, "cursor", () -> inventory.gateways(nextToken, maxResults));
	}

	Optional<AgentCoreInventory.FoundGateway> gateway(Placement placement, String gatewayId) {
		return read(placement, "awsGatewayId", () -> inventory.gateway(gatewayId));
	}

	Optional<AgentCoreInventory.FoundTarget> target(Placement placement, String gatewayId, String targetId) {
		return read(placement, "awsTargetId", () -> inventory.target(gatewayId, targetId));
	}

	/**
	 * Any read of AWS in {@code placement}; AgentCore refusing what the caller sent in {@code field} is the caller's
	 * 400, an account not READY a 409 saying why.
	 */
	<T> T read(Placement placement, String field, Supplier<T> read) {
		try {
			return limits.reading(placement, read);
		}
		catch (AgentCoreFailure failure) {
			throw ImportProblems.awsFailed(field, failure);
		}
	}

}
