package dev.agentcore.controlplane.gateway;

import dev.agentcore.controlplane.resource.ResourceStatus;
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

import dev.agentcore.controlplane.resource.ResourceRef;
import dev.agentcore.controlplane.resource.ResourceType;
import dev.agentcore.controlplane.web.Ids;
import dev.agentcore.controlplane.web.Timestamps;

/**
 * A gateway: the desired state a team declared ({@code spec}, counted by {@code generation}) and
 * what the provisioner last found and did ({@code status}, {@code aws}). REST changes only the
 * spec; only the provisioner changes the status. {@code version} is the ETag.
 */
@Table("gateways")
public class Gateway {

	@Id
	private final UUID id;

	private final String team;

	private final String name;

	private GatewaySpec spec;

	private UUID idpProfileId;

	private long generation;

	@Version
	private Integer version;

	private final Instant createdAt;

	private Instant updatedAt;

	private final String createdBy;

	@Embedded.Empty
	private ResourceStatus status;

	private Instant deletionRequestedAt;

	private boolean cascadeDelete;

	@Embedded.Empty(prefix = "aws_")
	private AwsGateway aws;

	@ReadOnlyProperty
	private final int targetCount;

	@ReadOnlyProperty
	private final String createToken;

	@ReadOnlyProperty
	private final Instant createPendingAt;

	@PersistenceCreator
	Gateway(UUID id, String team, String name, GatewaySpec spec, UUID idpProfileId, long generation, Integer version,
			Instant createdAt, Instant updatedAt, String createdBy, ResourceStatus status, Instant deletionRequestedAt,
			boolean cascadeDelete, int targetCount, AwsGateway aws, String createToken, Instant createPendingAt) {
		this.id = id;
		this.team = team;
		this.name = name;
		this.spec = spec;
		this.idpProfileId = idpProfileId;
		this.generation = generation;
		this.version = version;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.createdBy = createdBy;
		this.status = status;
		this.deletionRequestedAt = deletionRequestedAt;
		this.cascadeDelete = cascadeDelete;
		this.targetCount = targetCount;
		this.aws = aws;
		this.createToken = createToken;
		this.createPendingAt = createPendingAt;
	}

	static Gateway declare(String team, String name, GatewaySpec spec, String actor) {
		Instant now = Timestamps.now();
		return new Gateway(Ids.newId(), team, name, spec, spec.authorizer().idpProfileId(), 1, null, now, now, actor,
				ResourceStatus.accepted(), null, false, 0, AwsGateway.NONE, null, null);
	}

	/** Refuses a change of name or authorizer type, and any change once deletion was requested. */
	void checkRespecify(String newName, GatewaySpec newSpec) {
		if (deletionRequested()) {
			throw GatewayProblems.deleting();
		}
		if (!name.equals(newName)) {
			throw GatewayProblems.nameImmutable(name);
		}
		if (spec.authorizer().type() != newSpec.authorizer().type()) {
			throw GatewayProblems.authorizerTypeImmutable(spec.authorizer().type());
		}
	}

	/** Accepts a new spec; returns false when it equals the current one (nothing to provision). */
	boolean respecify(String newName, GatewaySpec requested) {
		checkRespecify(newName, requested);
		GatewaySpec newSpec = requested.owning(spec.ownedMembers());
		if (Objects.equals(spec, newSpec)) {
			return false;
		}
		spec = newSpec;
		idpProfileId = newSpec.authorizer().idpProfileId();
		generation++;
		updatedAt = Timestamps.now();
		return true;
	}

	/** The IDP profile behind the authorizer changed: AWS must get the new settings. */
	void authorizerSettingsChanged() {
		generation++;
		updatedAt = Timestamps.now();
	}

	void requestDeletion(boolean cascade) {
		Instant now = Timestamps.now();
		deletionRequestedAt = now;
		cascadeDelete = cascade;
		updatedAt = now;
	}

	/** A deletion already requested now deletes the remaining targets too. */
	void cascadeDeletion() {
		cascadeDelete = true;
		updatedAt = Timestamps.now();
	}

	public boolean deletionRequested() {
		return deletionRequestedAt != null;
	}

	/** This gateway as its history knows it. */
	public ResourceRef ref() {
		return ResourceRef.root(ResourceType.GATEWAY, id, team);
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

	public GatewaySpec spec() {
		return spec;
	}

	public UUID idpProfileId() {
		return idpProfileId;
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

	public boolean cascadeDelete() {
		return cascadeDelete;
	}

	public AwsGateway aws() {
		return aws;
	}

	/** The targets declared on the gateway (kept by the database as targets come and go). */
	public int targetCount() {
		return targetCount;
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
	 * What AWS holds for the gateway.
	 *
	 * @param gatewayId AgentCore's id, e.g. my-gateway-a1b2c3d4e5
	 * @param gatewayArn its ARN
	 * @param gatewayUrl the MCP endpoint agents call
	 * @param status AgentCore's status
	 * @param statusReasons AgentCore's explanation of a failed status
	 * @param workloadIdentityArn the workload identity AgentCore made for the gateway, where it reports one
	 */
	public record AwsGateway(@ReadOnlyProperty String gatewayId, @ReadOnlyProperty String gatewayArn,
			@ReadOnlyProperty String gatewayUrl, @ReadOnlyProperty String status,
			@ReadOnlyProperty List<String> statusReasons, @ReadOnlyProperty String workloadIdentityArn) {

		static final AwsGateway NONE = new AwsGateway(null, null, null, null, List.of(), null);

		/** Before AgentCore reports a workload identity. */
		public AwsGateway(String gatewayId, String gatewayArn, String gatewayUrl, String status, List<String> statusReasons) {
			this(gatewayId, gatewayArn, gatewayUrl, status, statusReasons, null);
		}

	}

}
