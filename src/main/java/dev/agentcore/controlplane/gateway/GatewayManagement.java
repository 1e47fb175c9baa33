package dev.agentcore.controlplane.gateway;

import dev.agentcore.controlplane.resource.ResourceEvent;
import dev.agentcore.controlplane.resource.ResourceChanges;
import dev.agentcore.controlplane.resource.ResourceType;
import dev.agentcore.controlplane.resource.Phase;
import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.agentcore.controlplane.UniqueConstraints;
import dev.agentcore.controlplane.idp.IdpProfileChanged;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.Page;
import dev.agentcore.controlplane.web.PageRequest;

/**
 * Accepts changes to gateways' desired state for a caller's team, each in one transaction that
 * also records the event and hands the gateway to the provisioner ({@link ResourceChanges}).
 */
@Service
public class GatewayManagement {

	private final Gateways gateways;

	private final ResourceChanges changes;

	private final GatewayTargetsPort targets;

	private final GatewayReferences references;

	private final GatewayStatus status;

	private final GatewayReads reads;

	GatewayManagement(Gateways gateways, ResourceChanges changes, GatewayTargetsPort targets,
			GatewayReferences references, GatewayStatus status, GatewayReads reads) {
		this.gateways = gateways;
		this.changes = changes;
		this.targets = targets;
		this.references = references;
		this.status = status;
		this.reads = reads;
	}

	@Transactional
	Gateway declare(Caller caller, String name, GatewaySpec spec, boolean acknowledgeDenyAll) {
		String team = caller.requireTeam();
		references.check(team, null, spec, acknowledgeDenyAll);
		return UniqueConstraints.unique("gateways_name_unique",
				() -> gateways.save(Gateway.declare(team, name, spec, caller.actor())), () -> Gateway.KIND.nameTaken(name));
	}

	@Transactional
	Gateway respecify(Caller caller, UUID id, String ifMatch, String name, GatewaySpec spec, boolean acknowledgeDenyAll) {
		Gateway gateway = lockVisible(caller, id).requireVersion(ifMatch);
		// Before the type's immutability: a change that would also break targets says which.
		AuthorizerPairing.checkGateway(spec.authorizer().type(), targets.credentialTypes(id));
		gateway.checkRespecify(name, spec);
		references.check(gateway.team(), gateway, spec, acknowledgeDenyAll);
		return gateway.respecify(name, spec, caller.actor()) ? gateways.save(gateway) : gateway;
	}

	/**
	 * Takes the gateway's row lock, as target changes do, so a deletion and a target create never
	 * both pass their checks. A cascade on a gateway already being deleted upgrades that deletion:
	 * every remaining target is deleted too.
	 */
	@Transactional
	Gateway requestDeletion(Caller caller, UUID id, String ifMatch, boolean cascade) {
		Gateway gateway = lockVisible(caller, id).requireVersion(ifMatch);
		if (gateway.deletionRequested() && (!cascade || gateway.cascadeDelete())) {
			return gateway;
		}
		long count = targets.count(id);
		if (gateway.deletionRequested()) {
			return count == 0 ? gateway : upgradeToCascade(gateway, count, caller);
		}
		if (count > 0 && !cascade) {
			throw GatewayProblems.hasTargets(count);
		}
		if (count > 0) {
			targets.requestDeletionOfAll(id, caller.actor());
		}
		gateway.requestDeletion(count, caller.actor());
		Gateway saved = gateways.save(gateway);
		status.phase(id, Phase.DELETING, count > 0 ? "Deleting the targets first, then the gateway." : "Deleting the gateway.");
		return saved;
	}

	private Gateway upgradeToCascade(Gateway gateway, long count, Caller caller) {
		targets.requestDeletionOfAll(gateway.id(), caller.actor());
		gateway.cascadeDeletion(count, caller.actor());
		Gateway saved = gateways.save(gateway);
		status.phase(gateway.id(), Phase.DELETING, "Deleting the targets first, then the gateway.");
		return saved;
	}

	@Transactional
	Gateway requestReconcile(Caller caller, UUID id) {
		Gateway gateway = lockVisible(caller, id);
		changes.reconcileRequested(status, gateway.ref(), caller.actor());
		return gateway;
	}

	/** The gateways (not being deleted) that attach a policy engine, named by our id or by its ARN (null: none). */
	public List<Gateway> attaching(UUID policyEngineId, String policyEngineArn) {
		return gateways.attaching(policyEngineId, policyEngineArn);
	}

	/**
	 * A gateway by id, for the provisioner and the listeners of every change (roles, policies); empty once deleted.
	 * The hand-mapped read: the repository's generic mapping was a fifth of the CPU of a POST.
	 */
	public java.util.Optional<Gateway> find(UUID id) {
		return reads.find(id);
	}

	/**
	 * For the listeners of a change in its transaction: the gateway's desired state (spec, name, deletion) as the
	 * change saved it, without reading it back; its status may be older than the database's. Empty once deleted.
	 */
	public java.util.Optional<Gateway> findChanged(UUID id) {
		return reads.findChanged(id);
	}

	/** The gateway if the caller may see it; otherwise 404, whether it exists or not. */
	public Gateway visible(Caller caller, UUID id) {
		return Gateway.KIND.visible(reads.find(id), caller::canSee, id);
	}

	/**
	 * The caller's gateway, locked until the transaction ends, for changing its targets; 404 when
	 * invisible, 409 while it is being deleted.
	 */
	@Transactional
	public Gateway lockForTargetChange(Caller caller, UUID id) {
		Gateway gateway = lockVisible(caller, id);
		if (gateway.deletionRequested()) {
			throw Gateway.KIND.deleting();
		}
		return gateway;
	}

	/** The caller's gateway with its row locked until the transaction ends; 404 when invisible. */
	private Gateway lockVisible(Caller caller, UUID id) {
		return Gateway.KIND.visible(gateways.lockById(id), caller::canSee, id);
	}

	/** A keyset page of the gateways the caller may see (admins: all, or one team). */
	public Page<Gateway> list(Caller caller, String team, Phase phase, String name, PageRequest page) {
		String scope = caller.admin() ? (team == null || team.isBlank() ? null : team) : caller.requireTeam();
		List<Gateway> rows = gateways.page(scope, phase == null ? null : phase.name(), name, page.after(), page.fetchSize());
		return page.page(rows, Gateway::id);
	}

	Page<ResourceEvent> events(Caller caller, UUID id, Integer limit, String cursor) {
		return changes.page(limit, cursor, () -> visible(caller, id).id());
	}

	@EventListener
	void onIdpProfileChanged(IdpProfileChanged changed) {
		for (Gateway gateway : gateways.usingProfile(changed.profileId())) {
			gateway.authorizerSettingsChanged(changed.profileId(), changed.actor());
			gateways.save(gateway);
		}
	}

}
