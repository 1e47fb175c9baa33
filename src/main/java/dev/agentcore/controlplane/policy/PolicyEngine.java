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
 * A Cedar policy engine: the desired state a team declared ({@code spec}, counted by
 * {@code generation}) and what the provisioner found ({@code status}, {@code aws}). Its policies are
 * aggregates of their own that reference it by id. {@code version} is the ETag.
 */
@Table("policy_engines")
public class PolicyEngine {

	@Id
	private final UUID id;

	private final String team;

	private final String name;

	private PolicyEngineSpec spec;

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
	private AwsPolicyEngine aws;

	@ReadOnlyProperty
	private final int policyCount;

	@ReadOnlyProperty
	private final Instant createPendingAt;

	@PersistenceCreator
	PolicyEngine(UUID id, String team, String name, PolicyEngineSpec spec, long generation, Integer version,
			Instant createdAt, Instant updatedAt, String createdBy, ResourceStatus status, Instant deletionRequestedAt,
			AwsPolicyEngine aws, int policyCount, Instant createPendingAt) {
		this.id = id;
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
		this.policyCount = policyCount;
		this.createPendingAt = createPendingAt;
	}

	static PolicyEngine declare(String team, String name, PolicyEngineSpec spec, String actor) {
		Instant now = Timestamps.now();
		return new PolicyEngine(Ids.newId(), team, name, spec, 1, null, now, now, actor, ResourceStatus.accepted(), null,
				AwsPolicyEngine.NONE, 0, null);
	}

	/**
	 * Accepts a new spec under the same name; returns false when nothing changed. Refuses a new name
	 * (AgentCore cannot rename an engine), a new key or new tags (AgentCore takes them only when it creates
	 * the engine) and any change once deletion was requested.
	 */
	boolean respecify(String newName, PolicyEngineSpec newSpec) {
		if (deletionRequested()) {
			throw PolicyProblems.engineDeleting();
		}
		if (!name.equals(newName)) {
			throw PolicyProblems.nameImmutable("policy engine", name);
		}
		if (spec.equals(newSpec)) {
			return false;
		}
		String createOnly = spec.createOnlyChange(newSpec);
		if (createOnly != null) {
			throw PolicyProblems.engineMemberCreateOnly(createOnly);
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

	/** This engine as its history knows it: its own history, which holds its policies' events too. */
	public ResourceRef ref() {
		return ResourceRef.root(ResourceType.POLICY_ENGINE, id, team);
	}

	public UUID id() {
		return id;
	}

	public String team() {
		return team;
	}

	public String name() {
		return name;
	}

	public PolicyEngineSpec spec() {
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

	public AwsPolicyEngine aws() {
		return aws;
	}

	public int policyCount() {
		return policyCount;
	}

	/** Set while a create call may have reached AWS without its result being recorded. */
	public Instant createPendingAt() {
		return createPendingAt;
	}

	/**
	 * What AWS holds for the engine.
	 *
	 * @param policyEngineId AgentCore's id, {@code <name>-<10 characters>}
	 * @param policyEngineArn its ARN, what a gateway attaches
	 * @param status AgentCore's status: CREATING, ACTIVE, UPDATING, DELETING, or *_FAILED
	 * @param statusReasons AgentCore's explanation of a failed status
	 */
	public record AwsPolicyEngine(@ReadOnlyProperty String policyEngineId, @ReadOnlyProperty String policyEngineArn,
			@ReadOnlyProperty String status, @ReadOnlyProperty List<String> statusReasons) {

		static final AwsPolicyEngine NONE = new AwsPolicyEngine(null, null, null, List.of());

	}

}
