package dev.agentcore.controlplane.gateway;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import dev.agentcore.controlplane.account.Placement;
import dev.agentcore.controlplane.resource.ChangeAccepted;
import dev.agentcore.controlplane.resource.EventType;
import dev.agentcore.controlplane.resource.Lifecycle;
import dev.agentcore.controlplane.resource.ManagedKind;
import dev.agentcore.controlplane.resource.ManagedResource;
import dev.agentcore.controlplane.resource.ResourceChanged;
import dev.agentcore.controlplane.resource.ResourceStatus;
import dev.agentcore.controlplane.resource.ResourceType;
import dev.agentcore.controlplane.web.Ids;

/**
 * A gateway: the desired state a team declared ({@code spec}) and what the provisioner last found and did
 * ({@code status}, {@code aws}). REST changes only the spec; only the provisioner changes the status.
 */
@Table("gateways")
public class Gateway extends ManagedResource<Gateway> {

	static final ManagedKind KIND = new ManagedKind(ResourceType.GATEWAY, "gateway", "GATEWAY", "",
			"in the AWS account (ignoring case), so across all teams");

	private GatewaySpec spec;

	private UUID idpProfileId;

	private final String createdBy;

	private boolean cascadeDelete;

	@Embedded.Empty(prefix = "aws_")
	private final AwsGateway aws;

	@Embedded.Empty(prefix = "placement_")
	private final Placement placement;

	/** The targets declared on the gateway (kept by the database as targets come and go). */
	@ReadOnlyProperty
	private final int targetCount;

	@PersistenceCreator
	Gateway(UUID id, String team, String name, GatewaySpec spec, UUID idpProfileId, Integer version, Lifecycle lifecycle,
			String createdBy, ResourceStatus status, boolean cascadeDelete, int targetCount, AwsGateway aws,
			Placement placement) {
		super(id, team, name, version, lifecycle, status);
		this.placement = placement == null ? Placement.OWN : placement;
		this.spec = spec;
		this.idpProfileId = idpProfileId;
		this.createdBy = createdBy;
		this.cascadeDelete = cascadeDelete;
		this.targetCount = targetCount;
		this.aws = aws;
	}

	static Gateway declare(String team, String name, GatewaySpec spec, Placement placement, String actor) {
		return new Gateway(Ids.newId(), team, name, spec, spec.authorizer().idpProfileId(), null, Lifecycle.declared(), actor,
				ResourceStatus.accepted(), false, 0, AwsGateway.NONE, placement).declared(spec, actor).warnedOfOpenPolicy(null, actor);
	}

	/** Created where it is placed: its turn at that account and region's quota is given as it is declared. */
	@Override
	protected ResourceChanged.CreatedIn createdIn() {
		return new ResourceChanged.CreatedIn(placement.accountId(), placement.region());
	}

	/** A WARNING event when the spec's resource policy newly lets any principal invoke the gateway. */
	private Gateway warnedOfOpenPolicy(GatewaySpec previous, String actor) {
		ResourcePolicyRules.openWarning(previous, spec, name()).ifPresent(warning -> accepted(EventType.WARNING, warning, actor));
		return this;
	}

	/** Placement never changes: another account or region is another gateway. Null keeps the current one. */
	void checkPlacement(Placement requested) {
		if (requested != null && !requested.equals(placement)) {
			throw GatewayProblems.placementImmutable(placement, requested);
		}
	}

	/** Refuses a change of name or authorizer type, and any change once deletion was requested. */
	void checkRespecify(String newName, GatewaySpec newSpec) {
		checkChange(newName);
		if (spec.authorizer().type() != newSpec.authorizer().type()) {
			throw GatewayProblems.authorizerTypeImmutable(spec.authorizer().type());
		}
	}

	/** Accepts a new spec; returns false when it equals the current one (nothing to provision). */
	boolean respecify(String newName, GatewaySpec requested, String actor) {
		checkRespecify(newName, requested);
		GatewaySpec newSpec = requested.owning(spec.ownedMembers());
		if (Objects.equals(spec, newSpec)) {
			return false;
		}
		respecified(spec, newSpec, actor);
		GatewaySpec previous = spec;
		spec = newSpec;
		idpProfileId = newSpec.authorizer().idpProfileId();
		warnedOfOpenPolicy(previous, actor);
		return true;
	}

	/** The IDP profile behind the authorizer changed: AWS must get the new settings. */
	void authorizerSettingsChanged(UUID profileId, String actor) {
		nextGeneration("IDP profile " + profileId + " changed; re-provisioning", actor);
	}

	/** Deletes the gateway, after its {@code targets} when there are any (a cascade). */
	void requestDeletion(long targets, String actor) {
		cascadeDelete = targets > 0;
		deletionRequested(spec, targets > 0 ? " With cascade: " + targets + " target(s) first." : "", actor);
	}

	/** A deletion already requested now deletes the remaining {@code targets} too. */
	void cascadeDeletion(long targets, String actor) {
		cascadeDelete = true;
		touched();
		accepted(EventType.DELETION_REQUESTED, "Deletion upgraded to cascade: " + targets + " target(s) first.", actor);
		audited(ChangeAccepted.deleted(ref(), spec));
	}

	@Override
	protected ManagedKind kind() {
		return KIND;
	}

	public GatewaySpec spec() {
		return spec;
	}

	public UUID idpProfileId() {
		return idpProfileId;
	}

	public String createdBy() {
		return createdBy;
	}

	public boolean cascadeDelete() {
		return cascadeDelete;
	}

	public AwsGateway aws() {
		return aws;
	}

	/** Where the gateway, its targets and what they need live. */
	public Placement placement() {
		return placement;
	}

	public int targetCount() {
		return targetCount;
	}

}
