package dev.agentcore.controlplane.provisioning;

import java.util.List;
import java.util.Optional;

import dev.agentcore.controlplane.gatewayrule.RuleSpec;
import dev.agentcore.controlplane.provisioning.AgentCore.Call;
import dev.agentcore.controlplane.resource.StatusUpdate.AwsIdentity;

/**
 * What the provisioner needs from AgentCore's gateway rules, each call safe to repeat (a create carries a client
 * token; deleting what is gone succeeds). A rule has no name: after a lost create it is found by its priority,
 * which is unique in its gateway.
 */
public interface AgentCoreRules {

	Call<RuleState> create(String gatewayId, RuleSpec desired, String clientToken);

	/** The rule, compared with what is desired; empty when AWS does not have it. */
	Optional<RuleState> observe(String gatewayId, String ruleId, RuleSpec desired);

	Optional<RuleState> findByPriority(String gatewayId, int priority, RuleSpec desired);

	Call<RuleState> update(String gatewayId, String ruleId, RuleSpec desired);

	Call<Void> delete(String gatewayId, String ruleId);

	/** Every rule of a gateway as AWS holds it, as a declaration (for imports). */
	List<FoundRule> list(String gatewayId);

	/** A rule AWS holds: its id, status and the spec that declares it. */
	record FoundRule(String ruleId, String status, RuleSpec spec) {
	}

	/** A gateway rule as AWS reports it. */
	record RuleState(String id, String status, List<String> statusReasons, boolean matchesDesired,
			List<String> differences) implements Observed {

		@Override
		public AwsIdentity identity() {
			return new AwsIdentity(id, null, null);
		}

	}

}
