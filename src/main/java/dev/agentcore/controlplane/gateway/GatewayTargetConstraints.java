package dev.agentcore.controlplane.gateway;

import org.springframework.stereotype.Component;

/**
 * What a gateway's targets decide about a change to it: a new authorizer type must pair with their
 * credentials, and a deletion waits for them, is refused while they exist, or cascades to them. Called in
 * the change's transaction with the gateway's row locked, so no target is created meanwhile.
 */
@Component
class GatewayTargetConstraints {

	private final Gateways gateways;

	private final GatewayTargetsPort targets;

	private final GatewayStatus status;

	GatewayTargetConstraints(Gateways gateways, GatewayTargetsPort targets, GatewayStatus status) {
		this.gateways = gateways;
		this.targets = targets;
		this.status = status;
	}

	/** Before the type's immutability: a change that would also break targets says which. */
	void checkAuthorizer(Gateway gateway, GatewaySpec spec) {
		AuthorizerPairing.checkGateway(spec.authorizer().type(), targets.credentialTypes(gateway.id()));
	}

	/**
	 * Requests the locked gateway's deletion. A cascade on a gateway already being deleted upgrades that deletion:
	 * every remaining target is deleted too.
	 */
	Gateway requestDeletion(Gateway gateway, boolean cascade, String actor) {
		if (gateway.deletionRequested() && (!cascade || gateway.cascadeDelete())) {
			return gateway;
		}
		long count = targets.count(gateway.id());
		if (gateway.deletionRequested()) {
			return count == 0 ? gateway : upgradeToCascade(gateway, count, actor);
		}
		if (count > 0 && !cascade) {
			throw GatewayProblems.hasTargets(count);
		}
		if (count > 0) {
			targets.requestDeletionOfAll(gateway.id(), actor);
		}
		gateway.requestDeletion(count, actor);
		return deleting(gateway, count > 0 ? "Deleting the targets first, then the gateway." : "Deleting the gateway.");
	}

	private Gateway upgradeToCascade(Gateway gateway, long count, String actor) {
		targets.requestDeletionOfAll(gateway.id(), actor);
		gateway.cascadeDeletion(count, actor);
		return deleting(gateway, "Deleting the targets first, then the gateway.");
	}

	private Gateway deleting(Gateway gateway, String message) {
		return status.deleting(gateways.save(gateway), message);
	}

}
