package dev.agentcore.controlplane.permissions;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewayManagement;
import dev.agentcore.controlplane.gateway.GatewaySpec;
import dev.agentcore.controlplane.gatewaytarget.TargetManagement;
import dev.agentcore.controlplane.gatewaytarget.TargetSpec;
import dev.agentcore.controlplane.resource.ChangeAccepted;
import dev.agentcore.controlplane.resource.ResourceRef;
import dev.agentcore.controlplane.resource.ResourceType;
import dev.agentcore.controlplane.security.Caller;

/**
 * A managed execution role grants what its gateway and targets name, so a team must not name what
 * another team's declarations name (its Lambda, its schema object, its runtime, its credential
 * provider, its key), nor use another team's managed role as its own: checked when a gateway or
 * target is declared or replaced, in that transaction, which a refusal rolls back. Admins may.
 */
@Component
class ForeignResources {

	private final GatewayManagement gateways;

	private final TargetManagement targets;

	private final DeclaredResources declared;

	ForeignResources(GatewayManagement gateways, TargetManagement targets, DeclaredResources declared) {
		this.gateways = gateways;
		this.targets = targets;
		this.declared = declared;
	}

	/** Declarations and replacements only: a reconcile, a deletion or a profile change declares nothing new. */
	@EventListener
	void on(ChangeAccepted changed) {
		if (changed.action() != ChangeAccepted.Action.CREATE && changed.action() != ChangeAccepted.Action.REPLACE) {
			return;
		}
		ResourceRef ref = changed.ref();
		if (ref.type() == ResourceType.GATEWAY && changed.newSpec() instanceof GatewaySpec spec) {
			gatewayDeclared(ref, spec);
		}
		else if (ref.type() == ResourceType.TARGET && changed.newSpec() instanceof TargetSpec spec) {
			targetDeclared(ref.scopeId(), spec);
		}
	}

	/** The event carries what was declared: only the gateway's targets are read. */
	private void gatewayDeclared(ResourceRef gateway, GatewaySpec spec) {
		if (admin()) {
			return;
		}
		if (!spec.managedRole()) {
			String roleArn = spec.roleArn();
			if (roleArn != null && declared.managedRoleOfAnotherTeam(gateway.team(), roleArn)) {
				throw ForeignResourceRefused.role(roleArn);
			}
			return;
		}
		List<FieldRef> named = new ArrayList<>();
		NamedResource.of(spec).forEach(resource -> named.add(new FieldRef(resource.field(), resource)));
		targets.targetsOf(gateway.id()).stream().filter(target -> !target.deletionRequested())
			.forEach(target -> NamedResource.of(target.spec())
				.forEach(resource -> named.add(new FieldRef("target " + target.name() + ": " + resource.field(), resource))));
		check(gateway.team(), named);
	}

	private void targetDeclared(UUID gatewayId, TargetSpec spec) {
		Gateway gateway = gateways.find(gatewayId).orElse(null);
		if (gateway == null || !gateway.spec().managedRole() || admin()) {
			return;
		}
		check(gateway.team(), NamedResource.of(spec).stream()
			.map(resource -> new FieldRef(resource.field(), resource)).toList());
	}

	private void check(String team, List<FieldRef> named) {
		declared.firstNamedByAnotherTeam(team, named.stream().map(FieldRef::resource).toList())
			.ifPresent(resource -> {
				FieldRef ref = named.stream().filter(candidate -> candidate.resource() == resource).findFirst().orElseThrow();
				throw ForeignResourceRefused.resource(ref.field(), resource.value());
			});
	}

	private static boolean admin() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof Caller caller && caller.admin();
	}

	private record FieldRef(String field, NamedResource resource) {
	}

}
