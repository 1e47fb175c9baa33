package dev.agentcore.controlplane.adoption;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.adoption.ImportRecords.RuleImported;
import dev.agentcore.controlplane.adoption.ImportRecords.Skipped;
import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gatewayrule.GatewayRule;
import dev.agentcore.controlplane.gatewayrule.RuleAdoptions;
import dev.agentcore.controlplane.provisioning.AgentCoreRules;
import dev.agentcore.controlplane.provisioning.AgentCoreRules.FoundRule;
import dev.agentcore.controlplane.security.Caller;

/** The rules of a gateway being imported, declared as AWS holds them (after its targets, which they route to). */
@Component
class RuleImports {

	private final AgentCoreRules aws;

	private final RuleAdoptions rules;

	RuleImports(AgentCoreRules aws, RuleAdoptions rules) {
		this.aws = aws;
		this.rules = rules;
	}

	/** The gateway's rules as AWS holds them, read before the import's transaction. */
	List<FoundRule> found(String awsGatewayId) {
		return aws.list(awsGatewayId);
	}

	/** Declares each rule the API can express; the others go to {@code skipped} with why. */
	List<RuleImported> adopt(Caller owner, Gateway gateway, List<FoundRule> rulesInAws, List<Skipped> skipped) {
		List<RuleImported> imported = new ArrayList<>();
		for (FoundRule found : rulesInAws) {
			String refusal = rules.refusal(found.spec());
			if (refusal != null) {
				skipped.add(new Skipped(found.ruleId(), "priority " + found.spec().priority(), refusal));
				continue;
			}
			GatewayRule rule = rules.adopt(owner, gateway.id(), found.spec(), found.ruleId(), found.status());
			imported.add(new RuleImported(rule.id(), found.spec().priority(), found.ruleId()));
		}
		return imported;
	}

}
