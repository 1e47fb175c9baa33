package dev.agentcore.controlplane.policy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import dev.agentcore.controlplane.resource.ResourceRef;
import dev.agentcore.controlplane.resource.ResourceStatus;
import dev.agentcore.controlplane.resource.ResourceType;
import dev.agentcore.controlplane.web.Ids;
import dev.agentcore.controlplane.web.Timestamps;

/**
 * A Cedar policy of an engine, its own aggregate referencing the engine by id: the declared spec and
 * generation, and what the provisioner reports. Only statements that passed validation are stored.
 */
@Table("policies")
public class Policy {

	@Id
	private final UUID id;

	private final UUID policyEngineId;

	private final String team;

	private final String name;

	private PolicySpec spec;

	private long generation;

	@Version
	private Integer version;

	private final Instant createdAt;

	private Instant updatedAt;

	private final String createdBy;

	@Embedded.Empty
	private ResourceStatus status;

	private Instant deletionRequestedAt;

	@Embedded.Empty(prefix = "aws_")
	private AwsPolicy aws;

	@ReadOnlyProperty
	private final Instant createPendingAt;

	@PersistenceCreator
	Policy(UUID id, UUID policyEngineId, String team, String name, PolicySpec spec, long generation, Integer version,
			Instant createdAt, Instant updatedAt, String createdBy, ResourceStatus status, Instant deletionRequestedAt,
			AwsPolicy aws, Instant createPendingAt) {
		this.id = id;
		this.policyEngineId = policyEngineId;
		this.team = team;
		this.name = name;
		this.spec = spec;
		this.generation = generation;
		this.version = version;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.createdBy = createdBy;
		this.status = status;
		this.deletionRequestedAt = deletionRequestedAt;
		this.aws = aws;
		this.createPendingAt = createPendingAt;
	}

	static Policy declare(PolicyEngine engine, String name, PolicySpec spec, String actor) {
		Instant now = Timestamps.now();
		return new Policy(Ids.newId(), engine.id(), engine.team(), name, spec, 1, null, now, now, actor,
				ResourceStatus.accepted(), null, AwsPolicy.NONE, null);
	}

	/** Accepts a new spec under the same name; returns false when nothing changed. */
	boolean respecify(String newName, PolicySpec newSpec) {
		if (deletionRequested()) {
			throw PolicyProblems.policyDeleting();
		}
		if (!name.equals(newName)) {
			throw PolicyProblems.nameImmutable("policy", name);
		}
		if (spec.equals(newSpec)) {
			return false;
		}
		spec = newSpec;
		generation++;
		updatedAt = Timestamps.now();
		return true;
	}

	/** Returns false when deletion was already requested. */
	boolean requestDeletion() {
		if (deletionRequested()) {
			return false;
		}
		deletionRequestedAt = Timestamps.now();
		updatedAt = deletionRequestedAt;
		return true;
	}

	public boolean deletionRequested() {
		return deletionRequestedAt != null;
	}

	/** This policy as its engine's history knows it. */
	public ResourceRef ref() {
		return new ResourceRef(ResourceType.POLICY, id, policyEngineId, team);
	}

	public UUID id() {
		return id;
	}

	public UUID policyEngineId() {
		return policyEngineId;
	}

	public String team() {
		return team;
	}

	public String name() {
		return name;
	}

	public PolicySpec spec() {
		return spec;
	}

	public long generation() {
		return generation;
	}

	public int version() {
		return version == null ? 0 : version;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public String createdBy() {
		return createdBy;
	}

	public ResourceStatus status() {
		return status;
	}

	public AwsPolicy aws() {
		return aws;
	}

	public Instant createPendingAt() {
		return createPendingAt;
	}

	/**
	 * What AWS holds for the policy.
	 *
	 * @param policyId AgentCore's id
	 * @param policyArn its ARN
	 * @param status AgentCore's status: CREATING, ACTIVE, UPDATING, DELETING, or *_FAILED
	 * @param statusReasons AgentCore's explanation of a failed status (its validation findings)
	 */
	public record AwsPolicy(@ReadOnlyProperty String policyId, @ReadOnlyProperty String policyArn,
			@ReadOnlyProperty String status, @ReadOnlyProperty List<String> statusReasons) {

		static final AwsPolicy NONE = new AwsPolicy(null, null, null, List.of());

	}

}
