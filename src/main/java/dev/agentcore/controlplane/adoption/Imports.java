package dev.agentcore.controlplane.adoption;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import dev.agentcore.controlplane.account.Placement;
import dev.agentcore.controlplane.adoption.ImportRecords.GatewayImported;
import dev.agentcore.controlplane.adoption.ImportRecords.Skipped;
import dev.agentcore.controlplane.adoption.ImportRecords.TargetImported;
import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewayAdoptions;
import dev.agentcore.controlplane.gateway.GatewayManagement;
import dev.agentcore.controlplane.gateway.GatewaySpec;
import dev.agentcore.controlplane.gatewaytarget.GatewayTarget;
import dev.agentcore.controlplane.idp.ProfileAdoptions;
import dev.agentcore.controlplane.provisioning.AgentCoreInventory.FoundGateway;
import dev.agentcore.controlplane.provisioning.AgentCoreInventory.FoundTarget;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.InvalidRequest;
import dev.agentcore.controlplane.web.Problems.FieldError;

/**
 * Imports: read the gateway (or target) from AWS, refuse what is managed already or cannot be
 * declared exactly, make or reuse the IDP profile of a JWT authorizer, then declare the gateway and
 * its targets with AWS's ids in one transaction. What the specs cannot express goes into the
 * answer and the history.
 */
@Service
class Imports {

	private final PlacedInventory inventory;

	private final GatewayAdoptions gateways;

	private final ChildAdoptions children;

	private final ProfileAdoptions profiles;

	private final GatewayManagement gatewayManagement;

	private final TransactionOperations transactions;

	Imports(PlacedInventory inventory, GatewayAdoptions gateways, ChildAdoptions children, ProfileAdoptions profiles,
			GatewayManagement gatewayManagement, TransactionOperations transactions) {
		this.inventory = inventory;
		this.gateways = gateways;
		this.children = children;
		this.profiles = profiles;
		this.gatewayManagement = gatewayManagement;
		this.transactions = transactions;
	}

	GatewayImported gateway(Caller caller, ImportRecords.GatewayImport request) {
		requireAdmin(caller);
		Caller owner = owner(caller, request.team());
		Placement placement = request.placement() == null ? Placement.OWN
				: inventory.place(owner, request.placement().accountId(), request.placement().region());
		FoundGateway found = inventory.gateway(placement, request.awsGatewayId())
			.orElseThrow(() -> ImportProblems.gatewayNotInAws(request.awsGatewayId()));
		String claimed = TeamTag.claimedBy(found.spec().tags());
		if (claimed != null && !claimed.equals(owner.team())) {
			throw ImportProblems.taggedForAnotherTeam(found.identity().id(), claimed, owner.team());
		}
		if (!ImportableStatus.of(found.status())) {
			throw ImportProblems.notImportableNow("gateway " + found.identity().id(), found.status());
		}
		Gateway managing = gateways.managing(List.of(found.identity().id())).get(found.identity().id());
		if (managing != null) {
			throw ImportProblems.alreadyManaged("Gateway", found.identity().id(), caller.canSee(managing.team()) ? managing.id() : null);
		}
		if (found.refusal() != null) {
			throw ImportProblems.notExpressible("gateway " + found.identity().id(), found.refusal(), List.of());
		}
		Gateway named = gateways.named(List.of(found.name())).get(found.name());
		if (named != null) {
			throw ImportProblems.nameTaken(found.name(), caller.canSee(named.team()) ? named.id() : null);
		}
		// The profile's discovery check (a fetch) runs before the transaction, so no connection waits for it; the
		// profile is declared in the gateway's transaction: an import refused later leaves no profile behind.
		ProfileAdoptions.Prepared profile = found.profile() == null ? null : declarable("IDP profile of gateway "
				+ found.name(), () -> profiles.prepare(owner, found.name(), found.profile()));
		var rulesInAws = inventory.read(placement, "awsGatewayId", () -> children.rules().found(found.identity().id()));
		return transactions.execute(status -> {
			GatewaySpec spec = found.spec();
			ImportRecords.Profile usedProfile = null;
			if (profile != null) {
				var adopted = declarable("IDP profile of gateway " + found.name(), () -> profiles.adopt(owner, profile));
				spec = spec.withIdpProfile(adopted.profile().id());
				usedProfile = new ImportRecords.Profile(adopted.profile().id(), adopted.profile().name(), adopted.reused());
			}
			GatewaySpec declared = spec;
			Gateway gateway = declarable("gateway " + found.name(), () -> gateways.adopt(owner, found.name(), declared,
					placement, found.identity(), found.status(), found.statusReasons(), ImportMessages.gateway(found)));
			List<TargetImported> imported = new ArrayList<>();
			List<Skipped> skipped = new ArrayList<>();
			for (FoundTarget target : found.targets()) {
				String refusal = target.refusal() != null ? target.refusal()
						: !ImportableStatus.of(target.status()) ? "AWS reports it " + target.status()
								+ "; only a READY or UPDATING target is imported (a deleted one would be created again)."
						: children.targets().refusal(target.name(), target.type(), target.spec());
				if (refusal != null) {
					skipped.add(new Skipped(target.targetId(), target.name(), refusal));
					continue;
				}
				GatewayTarget adopted = adopt(owner, gateway, target);
				imported.add(new TargetImported(adopted.id(), adopted.name(), adopted.type().name(), target.targetId(),
						target.notes()));
			}
			List<Skipped> skippedRules = new ArrayList<>();
			List<ImportRecords.RuleImported> rules = children.rules().adopt(owner, gateway, rulesInAws, skippedRules);
			return new GatewayImported(gateway.id(), gateway.team(), gateway.name(), found.identity().id(), usedProfile,
					imported, skipped, found.notes(), rules, skippedRules);
		});
	}

	TargetImported target(Caller caller, UUID gatewayId, ImportRecords.TargetImport request) {
		requireAdmin(caller);
		Gateway gateway = gatewayManagement.visible(caller, gatewayId);
		String awsGatewayId = gateway.aws().gatewayId();
		if (awsGatewayId == null) {
			throw ImportProblems.gatewayNotInAwsYet(gatewayId);
		}
		var managing = children.targets().managing(gatewayId, request.awsTargetId());
		if (managing.isPresent()) {
			throw ImportProblems.alreadyManaged("Target", request.awsTargetId(), managing.get().id());
		}
		FoundTarget found = inventory.target(gateway.placement(), awsGatewayId, request.awsTargetId())
			.orElseThrow(() -> ImportProblems.targetNotInAws(request.awsTargetId()));
		if (!ImportableStatus.of(found.status())) {
			throw ImportProblems.notImportableNow("target " + request.awsTargetId(), found.status());
		}
		if (found.refusal() != null) {
			throw ImportProblems.notExpressible("target " + request.awsTargetId(), found.refusal(), List.of());
		}
		GatewayTarget adopted = transactions.execute(status -> declarable("target " + found.name(),
				() -> adopt(caller, gateway, found)));
		return new TargetImported(adopted.id(), adopted.name(), adopted.type().name(), found.targetId(), found.notes());
	}

	private GatewayTarget adopt(Caller owner, Gateway gateway, FoundTarget target) {
		return children.targets().adopt(owner, gateway.id(), target.name(), target.type(), target.spec(), target.targetId(),
				target.status(), target.statusReasons(), ImportMessages.target(target));
	}

	/**
	 * Only admins import: what AWS holds was not made by this control plane, and once imported the control plane's
	 * AWS identity changes and deletes it for the owning team. An admin imports for a team by naming it.
	 */
	private static void requireAdmin(Caller caller) {
		if (!caller.admin()) {
			throw ImportProblems.importForAdminsOnly();
		}
	}

	/** The admin's own team, or the team the admin named. */
	private static Caller owner(Caller caller, String team) {
		if (team == null || team.equals(caller.team())) {
			return caller;
		}
		return new Caller(caller.subject(), team, caller.scopes(), true, caller.clientId());
	}

	/** What AWS holds, declared through the API's rules; a rule it breaks makes the import unprocessable, not the request invalid. */
	private static <T> T declarable(String what, java.util.function.Supplier<T> declaration) {
		try {
			return declaration.get();
		}
		catch (InvalidRequest refused) {
			Object errors = refused.getBody().getProperties() == null ? null : refused.getBody().getProperties().get("errors");
			List<FieldError> fields = errors instanceof List<?> list
					? list.stream().filter(FieldError.class::isInstance).map(FieldError.class::cast).toList() : List.of();
			throw ImportProblems.notExpressible(what, "what AWS holds breaks the API's rules: " + refused.getBody().getDetail(),
					fields);
		}
	}

}
