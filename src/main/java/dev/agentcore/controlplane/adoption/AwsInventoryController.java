package dev.agentcore.controlplane.adoption;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.agentcore.controlplane.adoption.ImportRecords.AwsGateway;
import dev.agentcore.controlplane.adoption.ImportRecords.Ours;
import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewayAdoptions;
import dev.agentcore.controlplane.provisioning.AgentCoreInventory;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.InvalidRequest;
import dev.agentcore.controlplane.web.Page;
import dev.agentcore.controlplane.web.ProblemResponses;
import dev.agentcore.controlplane.web.Problems.FieldError;

@RestController
@Tag(name = "Imports")
class AwsInventoryController {

	private final PlacedInventory inventory;

	private final GatewayAdoptions gateways;

	AwsInventoryController(PlacedInventory inventory, GatewayAdoptions gateways) {
		this.inventory = inventory;
		this.gateways = gateways;
	}

	@GetMapping("/api/v1/aws/gateways")
	@Operation(summary = "The gateways of the AWS account (admin)", description = "Every gateway the account holds in "
			+ "this region, in AgentCore's order, with the gateway of the control plane that manages it (managedBy), "
			+ "or none: made elsewhere, or left behind by a lost database or a failed delete. nameTakenBy names a gateway "
			+ "of ours with the same name that does not manage it. The cursor is AgentCore's page token. With accountId "
			+ "and region, those of a declared account, read through its role: only where the account allows the "
			+ "caller's team (403 PLACEMENT_NOT_ALLOWED, as for a gateway's placement; 409 ACCOUNT_NOT_READY until the "
			+ "control plane assumed its role).")
	@ProblemResponses({ 400, 403, 409 })
	Page<AwsGateway> gateways(@AuthenticationPrincipal Caller caller,
			@Parameter(description = "page size, 1 to 200 (default 50)") @RequestParam(required = false) Integer limit,
			@Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor,
			@Parameter(description = "a declared account (12 digits), with region; default: the control plane's own")
			@RequestParam(required = false) String accountId,
			@Parameter(description = "one of the account's regions, with accountId") @RequestParam(required = false) String region) {
		int size = limit == null ? 50 : limit;
		if (size < 1 || size > 200) {
			throw InvalidRequest.fields(List.of(new FieldError("limit", "must be between 1 and 200")));
		}
		if (cursor != null && (cursor.isEmpty() || cursor.length() > 2048)) {
			throw InvalidRequest.fields(List.of(new FieldError("cursor", "is not a cursor this API returned; start again "
					+ "without it")));
		}
		AgentCoreInventory.Page page = inventory.gateways(inventory.place(caller, accountId, region), cursor, size);
		Map<String, Gateway> managing = gateways.managing(page.items().stream().map(AgentCoreInventory.Summary::gatewayId).toList());
		Map<String, Gateway> named = gateways.named(page.items().stream().map(AgentCoreInventory.Summary::name).toList());
		return new Page<>(page.items().stream().map(item -> {
			Gateway ours = managing.get(item.gatewayId());
			Gateway sameName = named.get(item.name());
			return new AwsGateway(item.gatewayId(), item.name(), item.status(), item.authorizerType(), item.description(),
					item.updatedAt(), ours != null, ours(ours), ours == null ? ours(sameName) : null);
		}).toList(), page.nextToken());
	}

	private static Ours ours(Gateway gateway) {
		return gateway == null ? null : new Ours(gateway.id(), gateway.team(), gateway.name());
	}

}
