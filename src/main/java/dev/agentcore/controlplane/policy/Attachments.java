package dev.agentcore.controlplane.policy;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewayManagement;
import dev.agentcore.controlplane.gateway.GatewayMembers;

/**
 * Which gateways attach which of our engines: by {@code policyEngineId}, or by the ARN AWS gave one of
 * our engines. Only an engine of the gateway's own team counts, so no team sees another's policies.
 */
@Component
class Attachments {

	private final GatewayManagement gateways;

	private final PolicyEngines engines;

	Attachments(GatewayManagement gateways, PolicyEngines engines) {
		this.gateways = gateways;
		this.engines = engines;
	}

	/** The gateways (not being deleted) the engine is attached to. */
	List<Gateway> gatewaysOf(PolicyEngine engine) {
		return gateways.attaching(engine.id(), engine.aws().policyEngineArn())
			.stream()
			.filter(gateway -> gateway.team().equals(engine.team()))
			.toList();
	}

	/**
	 * Every gateway (not being deleted) that attaches the engine, of any team: AWS refuses to delete an engine while
	 * any gateway uses it, whoever made that gateway.
	 */
	List<Gateway> allGatewaysOf(PolicyEngine engine) {
		return gateways.attaching(engine.id(), engine.aws().policyEngineArn());
	}

	/** Our engine the gateway attaches, and whether it enforces; empty when none (or one outside the control plane). */
	Optional<Attached> engineOf(Gateway gateway) {
		GatewayMembers.PolicyEngine declared = gateway.spec().policyEngine();
		if (declared == null) {
			return Optional.empty();
		}
		Optional<PolicyEngine> engine = declared.policyEngineId() != null ? engines.findById(declared.policyEngineId())
				: engines.findByArn(declared.arn());
		return engine.filter(found -> found.team().equals(gateway.team()))
			.map(found -> new Attached(found, declared.mode() == GatewayMembers.PolicyEngineMode.ENFORCE));
	}

	/**
	 * One of our engines as a gateway attaches it.
	 *
	 * @param engine the engine
	 * @param enforced whether the mode is ENFORCE (LOG_ONLY records decisions only)
	 */
	record Attached(PolicyEngine engine, boolean enforced) {
	}

}
