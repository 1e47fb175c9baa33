package dev.agentcore.controlplane.gateway;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import dev.agentcore.controlplane.account.Placement;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.Rehearsal;
import dev.agentcore.controlplane.web.Versions;

/**
 * POST and PUT of a gateway without keeping anything ({@link Rehearsal}): for plans, which must
 * answer exactly what the real request would.
 */
@Component
public class GatewayRehearsals {

	private final GatewayChecks checks;

	private final GatewayManagement gateways;

	private final TransactionOperations transactions;

	GatewayRehearsals(GatewayChecks checks, GatewayManagement gateways, TransactionOperations transactions) {
		this.checks = checks;
		this.gateways = gateways;
		this.transactions = transactions;
	}

	/** What POST /gateways would declare, or the problem it would answer. */
	public Rehearsal<Gateway> declare(Caller caller, GatewayRequest request) {
		return Rehearsal.of(transactions, () -> {
			checks.check(request);
			return gateways.declare(caller, request.name(), request.spec(), Placement.OWN, false);
		});
	}

	/**
	 * What PUT /gateways/{id} would make of the gateway, or the problem it would answer.
	 *
	 * @param ifMatch the version the change is meant for; null for the current one
	 */
	public Rehearsal<Gateway> respecify(Caller caller, UUID id, String ifMatch, GatewayRequest request) {
		return Rehearsal.of(transactions, () -> {
			checks.check(request);
			String version = ifMatch != null ? ifMatch : Versions.etag(gateways.visible(caller, id).version());
			return gateways.respecify(caller, id, version, request.name(), request.spec(), request.requestedPlacement(),
					false);
		});
	}

}
