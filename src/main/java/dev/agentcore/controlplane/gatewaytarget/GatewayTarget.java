package dev.agentcore.controlplane.gatewaytarget;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceStatus;
import dev.agentcore.controlplane.resource.ResourceRef;
import dev.agentcore.controlplane.resource.ResourceType;
import dev.agentcore.controlplane.web.Ids;
import dev.agentcore.controlplane.web.Timestamps;

/**
 * A gateway target, its own aggregate referencing its gateway by id: the declared spec and
 * generation, and what the provisioner reports. {@code version} is the ETag.
 */
@Table("gateway_targets")
public class GatewayTarget {

	@Id
	private final UUID id;

	private final UUID gatewayId;

	private final String team;

	private final String name;

	private final TargetType type;

	private TargetSpec spec;

	private long generation;

	@Version
	private Integer version;

	private final Instant createdAt;

	private Instant updatedAt;

	private final String createdBy;

	@Embedded.Empty
	private ResourceStatus status;

	private Instant deletionRequestedAt;

	private Instant synchronizeRequestedAt;

	@Embedded.Empty(prefix = "aws_")
	private AwsTarget aws;

	@ReadOnlyProperty
	private final String createToken;

	@ReadOnlyProperty
	private final Instant createPendingAt;

	@PersistenceCreator
	GatewayTarget(UUID id, UUID gatewayId, String team, String name, TargetType type, TargetSpec spec, long generation,
			Integer version, Instant createdAt, Instant updatedAt, String createdBy, ResourceStatus status,
			Instant deletionRequestedAt, Instant synchronizeRequestedAt, AwsTarget aws, String createToken,
			Instant createPendingAt) {
		this.id = id;
		this.gatewayId = gatewayId;
		this.team = team;
		this.name = name;
		this.type = type;
		this.spec = spec;
		this.generation = generation;
		this.version = version;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.createdBy = createdBy;
		this.status = status;
		this.deletionRequestedAt = deletionRequestedAt;
		this.synchronizeRequestedAt = synchronizeRequestedAt;
		this.aws = aws;
		this.createToken = createToken;
		this.createPendingAt = createPendingAt;
	}

	static GatewayTarget declare(UUID gatewayId, String team, String name, TargetType type, TargetSpec spec,
			String actor) {
		Instant now = Timestamps.now();
		return new GatewayTarget(Ids.newId(), gatewayId, team, name, type, spec, 1, null, now, now, actor,
				ResourceStatus.accepted(), null, null, AwsTarget.NONE, null, null);
	}

	/**
	 * Accepts a new spec; returns false when it equals the current one (nothing to provision).
	 * Refuses a change of name or type, and any change once deletion was requested.
	 */
	boolean respecify(String newName, TargetType newType, TargetSpec newSpec) {
		if (deletionRequested()) {
			throw TargetProblems.deleting();
		}
		if (!name.equals(newName)) {
			throw TargetProblems.immutable("name", name);
		}
		if (type != newType) {
			throw TargetProblems.immutable("type", type);
		}
		if (Objects.equals(spec, newSpec)) {
			return false;
		}
		spec = newSpec;
		generation++;
		updatedAt = Timestamps.now();
		return true;
	}

	/** Returns false when deletion was already requested. */
	boolean requestDeletion() {
		if (deletionRequestedAt != null) {
			return false;
		}
		Instant now = Timestamps.now();
		deletionRequestedAt = now;
		updatedAt = now;
		return true;
	}

	/**
	 * Only an MCP server's tools can be synchronized, unless it declares them statically; not while the
	 * target is being deleted, nor while AgentCore waits for a person's OAuth consent.
	 */
	void requestSynchronization() {
		if (type != TargetType.MCP_SERVER) {
			throw TargetProblems.notSynchronizable(type);
		}
		if (deletionRequested()) {
			throw TargetProblems.deleting();
		}
		if (spec.mcpServer().toolSchema() != null) {
			throw TargetProblems.staticTools();
		}
		if (status.phase() == Phase.AWAITING_CONSENT) {
			throw TargetProblems.awaitingConsent(aws.authorizationUrl());
		}
		synchronizeRequestedAt = Timestamps.now();
		updatedAt = synchronizeRequestedAt;
	}

	public boolean deletionRequested() {
		return deletionRequestedAt != null;
	}

	/** This target as its history knows it: part of its gateway's. */
	public ResourceRef ref() {
		return new ResourceRef(ResourceType.TARGET, id, gatewayId, team);
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

	public String name() {
		return name;
	}

	public TargetType type() {
		return type;
	}

	public TargetSpec spec() {
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

	public Instant synchronizeRequestedAt() {
		return synchronizeRequestedAt;
	}

	public AwsTarget aws() {
		return aws;
	}

	public Instant deletionRequestedAt() {
		return deletionRequestedAt;
	}

	/** The client token of the AWS create call in flight, written by the provisioner before the call. */
	public String createToken() {
		return createToken;
	}

	/** Set when a create call may have reached AWS without its result being recorded (a crash). */
	public Instant createPendingAt() {
		return createPendingAt;
	}

	/**
	 * What AWS holds for the target.
	 *
	 * @param targetId AgentCore's 10-character id
	 * @param status AgentCore's status
	 * @param statusReasons AgentCore's reasons for a failed status
	 * @param lastSynchronizedAt when the tools were last synchronized (MCP servers)
	 * @param authorizationUrl where a person gives the OAuth consent AgentCore waits for (*_PENDING_AUTH)
	 */
	public record AwsTarget(@ReadOnlyProperty String targetId, @ReadOnlyProperty String status,
			@ReadOnlyProperty List<String> statusReasons, @ReadOnlyProperty Instant lastSynchronizedAt,
			@ReadOnlyProperty String authorizationUrl) {

		static final AwsTarget NONE = new AwsTarget(null, null, List.of(), null, null);

		/** When AgentCore waits for no consent. */
		public AwsTarget(String targetId, String status, List<String> statusReasons, Instant lastSynchronizedAt) {
			this(targetId, status, statusReasons, lastSynchronizedAt, null);
		}

	}

}
