package dev.agentcore.controlplane.gatewayrule;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.resource.EventType;
import dev.agentcore.controlplane.resource.ResourceChanges;
import dev.agentcore.controlplane.resource.StatusUpdate;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.InvalidRequest;
import dev.agentcore.controlplane.web.Violations;

/**
 * Rules that exist in AWS before the control plane knew them (an imported gateway's): declared as they are,
 * through the same checks and declaration as POST, with AWS's id and status recorded at once. Runs in the
 * caller's transaction.
 */
@Component
public class RuleAdoptions {

	private final RuleManagement management;

	private final RuleStatus status;

	private final ResourceChanges changes;

	private final Violations violations;

	RuleAdoptions(RuleManagement management, RuleStatus status, ResourceChanges changes, Violations violations) {
		this.management = management;
		this.status = status;
		this.changes = changes;
		this.violations = violations;
	}

	/** Why POST would refuse the rule as AWS holds it; null when it would take it. */
	public String refusal(RuleSpec spec) {
		try {
			RuleChecks.check(spec, violations.of(spec)).throwIfAny();
			return null;
		}
		catch (InvalidRequest refused) {
			Object errors = refused.getBody().getProperties() == null ? null : refused.getBody().getProperties().get("errors");
			return "what AWS holds breaks the API's rules: " + (errors == null ? refused.getBody().getDetail() : errors);
		}
	}

	/** Declares the rule AWS holds on the caller's gateway. */
	public GatewayRule adopt(Caller caller, UUID gatewayId, RuleSpec spec, String ruleId, String awsStatus) {
		GatewayRule rule = management.declare(caller, gatewayId, spec);
		status.apply(rule.id(), new StatusUpdate().identity(new StatusUpdate.AwsIdentity(ruleId, null, null))
			.awsStatus(awsStatus, List.of()));
		changes.accepted(rule.ref(), EventType.IMPORTED, "Imported: rule " + ruleId + " as AgentCore holds it.",
			caller.actor());
		return management.find(rule.id()).orElseThrow();
	}

}
