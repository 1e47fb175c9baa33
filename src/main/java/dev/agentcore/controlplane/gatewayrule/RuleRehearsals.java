package dev.agentcore.controlplane.gatewayrule;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.Rehearsal;
import dev.agentcore.controlplane.web.Versions;
import dev.agentcore.controlplane.web.Violations;

/** POST and PUT of a rule without keeping anything ({@link Rehearsal}): for plans. */
@Component
public class RuleRehearsals {

	private final RuleManagement rules;

	private final Violations violations;

	private final TransactionOperations transactions;

	RuleRehearsals(RuleManagement rules, Violations violations, TransactionOperations transactions) {
		this.rules = rules;
		this.violations = violations;
		this.transactions = transactions;
	}

	/** What POST .../rules would declare, or the problem it would answer. */
	public Rehearsal<GatewayRule> declare(Caller caller, UUID gatewayId, RuleSpec spec) {
		return Rehearsal.of(transactions, () -> {
			RuleChecks.check(spec, violations.of(spec)).throwIfAny();
			return rules.declare(caller, gatewayId, spec);
		});
	}

	/** What PUT .../rules/{id} would make of the rule; {@code ifMatch} null for the current version. */
	public Rehearsal<GatewayRule> respecify(Caller caller, UUID gatewayId, UUID id, String ifMatch, RuleSpec spec) {
		return Rehearsal.of(transactions, () -> {
			RuleChecks.check(spec, violations.of(spec)).throwIfAny();
			String version = ifMatch != null ? ifMatch : Versions.etag(rules.visible(caller, gatewayId, id).version());
			return rules.respecify(caller, gatewayId, id, version, spec);
		});
	}

	/** The rule if the caller may see it; otherwise 404. */
	public GatewayRule visible(Caller caller, UUID gatewayId, UUID id) {
		return rules.visible(caller, gatewayId, id);
	}

}
