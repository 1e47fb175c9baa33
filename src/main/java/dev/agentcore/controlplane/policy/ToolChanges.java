package dev.agentcore.controlplane.policy;

import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.cedar.PolicyIssue;
import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewayManagement;
import dev.agentcore.controlplane.resource.EventType;
import dev.agentcore.controlplane.resource.ResourceChanged;
import dev.agentcore.controlplane.resource.ResourceEvents;
import dev.agentcore.controlplane.resource.ResourceRef;
import dev.agentcore.controlplane.resource.ResourceType;

/**
 * When a gateway's tools change (a target declared, replaced or removed; the gateway itself changed),
 * the policies of the engine it attaches are checked again against the new tools, in the same
 * transaction, and every policy that no longer validates is named in the gateway's history and the
 * engine's (POLICY_BROKEN). The change itself is not refused: the tools are the gateway's to change.
 */
@Component
class ToolChanges {

	static final String ACTOR = "policy-validation";

	private final GatewayManagement gateways;

	private final Attachments attachments;

	private final EngineSchemas schemas;

	private final PolicyManagement policies;

	private final ResourceEvents events;

	ToolChanges(GatewayManagement gateways, Attachments attachments, EngineSchemas schemas, PolicyManagement policies,
			ResourceEvents events) {
		this.gateways = gateways;
		this.attachments = attachments;
		this.schemas = schemas;
		this.policies = policies;
		this.events = events;
	}

	@EventListener
	void on(ResourceChanged changed) {
		ResourceRef ref = changed.ref();
		if (ref.type() != ResourceType.TARGET && ref.type() != ResourceType.GATEWAY) {
			return;
		}
		gateways.findChanged(ref.scopeId())
			.filter(gateway -> !gateway.deletionRequested())
			.ifPresent(gateway -> attachments.engineOf(gateway).ifPresent(attached -> check(gateway, attached.engine())));
	}

	private void check(Gateway gateway, PolicyEngine engine) {
		List<Policy> live = policies.policiesOf(engine.id()).stream().filter(policy -> !policy.deletionRequested()).toList();
		if (live.isEmpty()) {
			return;
		}
		Map<Policy, List<PolicyIssue>> broken = PolicyValidation.broken(schemas.of(engine), live);
		broken.forEach((policy, issues) -> {
			PolicyIssue first = issues.getFirst();
			String message = "Policy " + policy.name() + " (" + policy.id() + ") of engine " + engine.name()
					+ " no longer validates against the tools of gateway " + gateway.name() + ": line " + first.line()
					+ ", column " + first.column() + ": " + first.message() + " Fix it (PUT the policy) or delete it.";
			events.record(gateway.ref(), EventType.POLICY_BROKEN, message, ACTOR, null);
			events.record(policy.ref(), EventType.POLICY_BROKEN, message, ACTOR, null);
		});
	}

}
