package dev.agentcore.controlplane.policy;

import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

import dev.agentcore.controlplane.resource.Lifecycle;
import dev.agentcore.controlplane.resource.ManagedKind;
import dev.agentcore.controlplane.resource.SpecifiedResource;
import dev.agentcore.controlplane.resource.ResourceStatus;
import dev.agentcore.controlplane.resource.ResourceType;
import dev.agentcore.controlplane.web.Ids;

/**
 * A Cedar policy of an engine, its own aggregate referencing the engine by id: the declared spec and what the
 * provisioner reports. Only statements that passed validation are stored.
 */
@Table("policies")
public class Policy extends SpecifiedResource<Policy, PolicySpec, Policy.AwsPolicy> {

	static final ManagedKind KIND = new ManagedKind(ResourceType.POLICY, "policy", "POLICY", " in this engine",
			"in the AWS account, so across all teams");

	private final UUID policyEngineId;

	@PersistenceCreator
	Policy(UUID id, UUID policyEngineId, String team, String name, PolicySpec spec, Integer version, Lifecycle lifecycle,
			String createdBy, ResourceStatus status, AwsPolicy aws) {
		super(KIND, policyEngineId, id, team, name, spec, version, lifecycle, createdBy, status, aws);
		this.policyEngineId = policyEngineId;
	}

	static Policy declare(PolicyEngine engine, String name, PolicySpec spec, String actor) {
		return new Policy(Ids.newId(), engine.id(), engine.team(), name, spec, null, Lifecycle.declared(), actor,
				ResourceStatus.accepted(), AwsPolicy.NONE).declared(spec, actor);
	}

	public UUID policyEngineId() {
		return policyEngineId;
	}

	/**
	 * What AWS holds for the policy: AgentCore's id and ARN, its status (CREATING, ACTIVE, UPDATING, DELETING, or
	 * *_FAILED) and the reasons of a failed one (its validation findings).
	 */
	public record AwsPolicy(@ReadOnlyProperty String policyId, @ReadOnlyProperty String policyArn,
			@ReadOnlyProperty String status, @ReadOnlyProperty List<String> statusReasons) {

		static final AwsPolicy NONE = new AwsPolicy(null, null, null, List.of());

	}

}
