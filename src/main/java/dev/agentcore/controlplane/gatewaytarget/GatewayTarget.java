package dev.agentcore.controlplane.gatewaytarget;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import dev.agentcore.controlplane.resource.ChangeAccepted;
import dev.agentcore.controlplane.resource.EventType;
import dev.agentcore.controlplane.resource.Lifecycle;
import dev.agentcore.controlplane.resource.ManagedKind;
import dev.agentcore.controlplane.resource.ManagedResource;
import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceRef;
import dev.agentcore.controlplane.resource.ResourceStatus;
import dev.agentcore.controlplane.resource.ResourceType;
import dev.agentcore.controlplane.web.Ids;

/**
 * A gateway target, its own aggregate referencing its gateway by id: the declared spec and what the provisioner
 * reports. Its events belong to its gateway's history.
 */
@Table("gateway_targets")
public class GatewayTarget extends ManagedResource<GatewayTarget> {

	static final ManagedKind KIND = new ManagedKind(ResourceType.TARGET, "target", "TARGET", " in this gateway",
			"in the gateway");

	private final UUID gatewayId;

	private final TargetType type;

	private TargetSpec spec;

	private final String createdBy;

	private Instant synchronizeRequestedAt;

	@Embedded.Empty(prefix = "aws_")
	private final AwsTarget aws;

	@PersistenceCreator
	GatewayTarget(UUID id, UUID gatewayId, String team, String name, TargetType type, TargetSpec spec, Integer version,
			Lifecycle lifecycle, String createdBy, ResourceStatus status, Instant synchronizeRequestedAt, AwsTarget aws) {
		super(id, team, name, version, lifecycle, status);
		this.gatewayId = gatewayId;
		this.type = type;
		this.spec = spec;
		this.createdBy = createdBy;
		this.synchronizeRequestedAt = synchronizeRequestedAt;
		this.aws = aws;
	}

	static GatewayTarget declare(UUID gatewayId, String team, String name, TargetType type, TargetSpec spec,
			String actor) {
		return new GatewayTarget(Ids.newId(), gatewayId, team, name, type, spec, null, Lifecycle.declared(), actor,
				ResourceStatus.accepted(), null, AwsTarget.NONE).declared(spec, actor);
	}

	/**
	 * Accepts a new spec; returns false when it equals the current one (nothing to provision). Refuses a change of
	 * name or type, and any change once deletion was requested.
	 */
	boolean respecify(String newName, TargetType newType, TargetSpec newSpec, String actor) {
		checkChange(newName);
		if (type != newType) {
			throw TargetProblems.immutable("type", type);
		}
		if (Objects.equals(spec, newSpec)) {
			return false;
		}
		respecified(spec, newSpec, actor);
		spec = newSpec;
		return true;
	}

	/** Returns false when deletion was already requested. */
	boolean requestDeletion(String actor) {
		return deletionRequested(spec, "", actor);
	}

	/**
	 * Only an MCP server's tools can be synchronized, unless it declares them statically; not while the target is
	 * being deleted, nor while AgentCore waits for a person's OAuth consent.
	 */
	void requestSynchronization(String actor) {
		if (type != TargetType.MCP_SERVER) {
			throw TargetProblems.notSynchronizable(type);
		}
		if (deletionRequested()) {
			throw KIND.deleting();
		}
		if (spec.mcpServer().toolSchema() != null) {
			throw TargetProblems.staticTools();
		}
		if (status().phase() == Phase.AWAITING_CONSENT) {
			throw TargetProblems.awaitingConsent(aws.authorizationUrl());
		}
		touched();
		synchronizeRequestedAt = updatedAt();
		accepted(EventType.RECONCILE_REQUESTED, "Synchronization of the MCP server's tools requested.", actor);
		audited(ChangeAccepted.requested(ChangeAccepted.Action.SYNCHRONIZE, ref()));
	}

	@Override
	protected ManagedKind kind() {
		return KIND;
	}

	/** This target as its history knows it: part of its gateway's. */
	@Override
	public ResourceRef ref() {
		return new ResourceRef(ResourceType.TARGET, id(), gatewayId, team());
	}

	public UUID gatewayId() {
		return gatewayId;
	}

	public TargetType type() {
		return type;
	}

	public TargetSpec spec() {
		return spec;
	}

	public String createdBy() {
		return createdBy;
	}

	public Instant synchronizeRequestedAt() {
		return synchronizeRequestedAt;
	}

	public AwsTarget aws() {
		return aws;
	}

}
