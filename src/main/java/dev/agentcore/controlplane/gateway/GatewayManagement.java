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
import dev.agentcore.controlplane.account.Placement;
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

	private final GatewayTargetConstraints targets;

	private final GatewayReferences references;

	private final GatewayStatus status;

	private final GatewayReads reads;

	GatewayManagement(Gateways gateways, ResourceChanges changes, GatewayTargetConstraints targets,
			GatewayReferences references, GatewayStatus status, GatewayReads reads) {
		this.gateways = gateways;
		this.changes = changes;
		this.targets = targets;
		this.references = references;
		this.status = status;
		this.reads = reads;
	}

	/** @param placement where the team may place it (resolved by {@code AccountManagement.place}) */
	@Transactional
	Gateway declare(Caller caller, String name, GatewaySpec spec, Placement placement, boolean acknowledgeDenyAll) {
		String team = caller.requireTeam();
		references.check(team, null, spec, placement, acknowledgeDenyAll);
		return UniqueConstraints.unique("gateways_name_unique",
				() -> gateways.insertDeclared(Gateway.declare(team, name, spec, placement, caller.actor())),
				() -> Gateway.KIND.nameTaken(name));
	}

	/** @param placement null keeps where it is; any other placement than its own is refused */
	@Transactional
	Gateway respecify(Caller caller, UUID id, String ifMatch, String name, GatewaySpec spec, Placement placement,
			boolean acknowledgeDenyAll) {
		Gateway gateway = lockVisible(caller, id).requireVersion(ifMatch);
		gateway.checkPlacement(placement);
		targets.checkAuthorizer(gateway, spec);
		gateway.checkRespecify(name, spec);
		ResourcePolicyRules.namesThisGateway(gateway, spec);
		references.check(gateway.team(), gateway, spec, gateway.placement(), acknowledgeDenyAll);
		return gateway.respecify(name, spec, caller.actor()) ? gateways.save(gateway) : gateway;
	}

	/** Takes the gateway's row lock, as target changes do, so a deletion and a target create never both pass their checks. */
	@Transactional
	Gateway requestDeletion(Caller caller, UUID id, String ifMatch, boolean cascade) {
		return targets.requestDeletion(lockVisible(caller, id).requireVersion(ifMatch), cascade, caller.actor());
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
		return Gateway.KIND.changeable(gateways.lockById(id), caller::canSee, id);
	}

	/** The caller's gateway with its row locked until the transaction ends; 404 when invisible. */
	private Gateway lockVisible(Caller caller, UUID id) {
		return Gateway.KIND.visible(gateways.lockById(id), caller::canSee, id);
	}

	/** A keyset page of the gateways the caller may see (admins: all, or one team). */
	public Page<Gateway> list(Caller caller, String team, Phase phase, String name, PageRequest page) {
		List<Gateway> rows = gateways.page(caller.listScope(team), phase == null ? null : phase.name(), name, page.after(), page.fetchSize());
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
