package dev.agentcore.controlplane.executionrole;

import java.util.Optional;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewayManagement;
import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceChanged;

/**
 * Follows gateways and their targets, in the transaction that changed them: a gateway that asks for
 * a managed role gets one (named after it), every change of the gateway or its targets gives the
 * role a new generation to apply, and a gateway that is deleted or names its own role again has
 * its managed role deleted (after the gateway stops using it).
 */
@Service
public class ExecutionRoleManagement {

	private final ExecutionRoles roles;

	private final GatewayManagement gateways;

	private final ExecutionRoleStatus status;

	private final ExecutionRoleSettings settings;

	ExecutionRoleManagement(ExecutionRoles roles, GatewayManagement gateways, ExecutionRoleStatus status,
			ExecutionRoleSettings settings) {
		this.roles = roles;
		this.gateways = gateways;
		this.status = status;
		this.settings = settings;
	}

	@EventListener
	void on(ResourceChanged changed) {
		switch (changed.ref().type()) {
			case GATEWAY -> gateways.findChanged(changed.ref().id()).ifPresent(this::gatewayChanged);
			case TARGET -> forGateway(changed.ref().scopeId())
				.ifPresent(role -> inputsChanged(role, "A target changed; the role's policies follow"));
			default -> {
			}
		}
	}

	/**
	 * The managed role of a gateway, if it has one (also while it is being deleted). Asked on every change of every
	 * gateway and target, and most have none: an existence check first spares the aggregate mapping.
	 */
	public Optional<ExecutionRole> forGateway(UUID gatewayId) {
		return roles.existsForGateway(gatewayId) ? roles.findByGatewayId(gatewayId) : Optional.empty();
	}

	/**
	 * AWS made the gateway: its managed role's trust policy now admits exactly the gateway's ARN instead of the
	 * ARNs of its name, which a gateway made elsewhere under the same name in another case would match. A new
	 * generation makes the role's reconcile apply it (and the gateway's targets wait for it).
	 */
	@EventListener
	void on(GatewayCreatedInAws created) {
		forGateway(created.gatewayId()).ifPresent(role -> inputsChanged(role,
				"The gateway exists in AWS now: the role's trust policy admits exactly its ARN"));
	}

	/** The roles of gateways placed in an account that are not READY (they wait for it; it wakes them once READY). */
	public java.util.List<UUID> waitingIn(String accountId) {
		return roles.notReadyIn(accountId);
	}

	/** A role by id, for the provisioner; empty once deleted. */
	public Optional<ExecutionRole> find(UUID id) {
		return roles.findById(id);
	}

	private void gatewayChanged(Gateway gateway) {
		boolean wanted = gateway.spec().managedRole() && !gateway.deletionRequested();
		if (!wanted && gateway.version() == 0) {
			return; // still the spec it was declared with, which asked for none: no role to look for (issue #27)
		}
		Optional<ExecutionRole> existing = forGateway(gateway.id());
		if (wanted && existing.isEmpty()) {
			declare(gateway);
		}
		else if (wanted && existing.get().deletionRequested()) {
			ExecutionRole role = existing.get();
			role.keep();
			roles.save(role);
		}
		else if (wanted) {
			inputsChanged(existing.get(), "The gateway changed; the role's policies follow");
		}
		else if (existing.isPresent() && existing.get().requestDeletion()) {
			ExecutionRole saved = roles.save(existing.get());
			status.phase(saved.id(), Phase.DELETING, "Deleting the managed role once the gateway no longer uses it.");
		}
	}

	private void declare(Gateway gateway) {
		String name = RoleNames.of(settings.namePrefix(), gateway.name());
		if (roles.nameTaken(name)) {
			name = RoleNames.distinct(settings.namePrefix(), gateway.name(), gateway.id());
		}
		roles.save(ExecutionRole.declare(gateway.id(), gateway.team(), name));
	}

	private void inputsChanged(ExecutionRole role, String reason) {
		if (role.inputsChanged(reason)) {
			roles.save(role);
		}
	}

}
