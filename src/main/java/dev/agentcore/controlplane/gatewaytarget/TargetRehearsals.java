package dev.agentcore.controlplane.gatewaytarget;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.Rehearsal;
import dev.agentcore.controlplane.web.Versions;

/** POST and PUT of a target without keeping anything ({@link Rehearsal}): for plans. */
@Component
public class TargetRehearsals {

	private final TargetChecks checks;

	private final TargetManagement targets;

	private final TransactionOperations transactions;

	TargetRehearsals(TargetChecks checks, TargetManagement targets, TransactionOperations transactions) {
		this.checks = checks;
		this.targets = targets;
		this.transactions = transactions;
	}

	/** What POST .../targets would declare, or the problem it would answer. */
	public Rehearsal<GatewayTarget> declare(Caller caller, UUID gatewayId, TargetRequest request) {
		return Rehearsal.of(transactions, () -> {
			checks.check(request);
			return targets.declare(caller, gatewayId, request.name(), request.type(), request.spec());
		});
	}

	/**
	 * What PUT .../targets/{id} would make of the target, or the problem it would answer.
	 *
	 * @param ifMatch the version the change is meant for; null for the current one
	 */
	public Rehearsal<GatewayTarget> respecify(Caller caller, UUID gatewayId, UUID id, String ifMatch,
			TargetRequest request) {
		return Rehearsal.of(transactions, () -> {
			checks.check(request);
			String version = ifMatch != null ? ifMatch : Versions.etag(targets.visible(caller, gatewayId, id).version());
			return targets.respecify(caller, gatewayId, id, version, request.name(), request.type(), request.spec());
		});
	}

	/** The target if the caller may see it; otherwise 404. */
	public GatewayTarget visible(Caller caller, UUID gatewayId, UUID id) {
		return targets.visible(caller, gatewayId, id);
	}

}
