package dev.agentcore.controlplane.executionrole;

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
 * The IAM role of one gateway that asked for a managed role. Its desired state is derived (the
 * planner's policies for the gateway and its targets), so {@code generation} counts changes of
 * those inputs; the provisioner applies each generation before the targets that need it.
 */
@Table("execution_roles")
public class ExecutionRole {

	@Id
	private final UUID id;

	private final UUID gatewayId;

	private final String team;

	private final String name;

	private long generation;

	@Version
	private Integer version;

	private final Instant createdAt;

	private Instant updatedAt;

	@Embedded.Empty
	private ResourceStatus status;

	private Instant deletionRequestedAt;

	@Embedded.Empty(prefix = "aws_")
	private AwsRole aws;

	@ReadOnlyProperty
	private final Instant createPendingAt;

	@PersistenceCreator
	ExecutionRole(UUID id, UUID gatewayId, String team, String name, long generation, Integer version, Instant createdAt,
			Instant updatedAt, ResourceStatus status, Instant deletionRequestedAt, AwsRole aws, Instant createPendingAt) {
		this.id = id;
		this.gatewayId = gatewayId;
		this.team = team;
		this.name = name;
		this.generation = generation;
		this.version = version;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.status = status;
		this.deletionRequestedAt = deletionRequestedAt;
		this.aws = aws;
		this.createPendingAt = createPendingAt;
	}

	static ExecutionRole declare(UUID gatewayId, String team, String name) {
		Instant now = Timestamps.now();
		return new ExecutionRole(Ids.newId(), gatewayId, team, name, 1, null, now, now, ResourceStatus.accepted(), null,
				AwsRole.NONE, null);
	}

	/** The gateway or its targets changed: the role's policies may have to follow. False while it is being deleted. */
	boolean inputsChanged() {
		if (deletionRequested()) {
			return false;
		}
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

	/** The gateway asks for a managed role again before this one was deleted: keep it, with the policies of now. */
	boolean keep() {
		if (!deletionRequested()) {
			return false;
		}
		deletionRequestedAt = null;
		generation++;
		updatedAt = Timestamps.now();
		return true;
	}

	public boolean deletionRequested() {
		return deletionRequestedAt != null;
	}

	/** This role as its history knows it: part of its gateway's. */
	public ResourceRef ref() {
		return new ResourceRef(ResourceType.EXECUTION_ROLE, id, gatewayId, team);
	}

	/** Whether IAM holds the policies of the current generation (the targets' permissions included). */
	public boolean holdsCurrentPolicies() {
		return aws.roleArn() != null && status.observedGeneration() >= generation;
	}

	public UUID id() {
		return id;
	}

	public UUID gatewayId() {
		return gatewayId;
	}

	public String team() {
		return team;
	}

	/** The IAM role name, derived from the gateway's name within IAM's limits. */
	public String name() {
		return name;
	}

	public long generation() {
		return generation;
	}

	public int version() {
		return version == null ? 0 : version;
	}

	public ResourceStatus status() {
		return status;
	}

	public AwsRole aws() {
		return aws;
	}

	/** Set when a create may have reached IAM without its result being recorded. */
	public Instant createPendingAt() {
		return createPendingAt;
	}

	/**
	 * What IAM holds.
	 *
	 * @param roleId IAM's id of the role (AROA...)
	 * @param roleArn its ARN
	 * @param status READY once the role holds the policies last applied
	 * @param statusReasons why not, when a call failed
	 */
	public record AwsRole(@ReadOnlyProperty String roleId, @ReadOnlyProperty String roleArn,
			@ReadOnlyProperty String status, @ReadOnlyProperty List<String> statusReasons) {

		static final AwsRole NONE = new AwsRole(null, null, null, List.of());

	}

}
