package dev.agentcore.controlplane.executionrole;

import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import dev.agentcore.controlplane.resource.EventType;
import dev.agentcore.controlplane.resource.Lifecycle;
import dev.agentcore.controlplane.resource.ManagedKind;
import dev.agentcore.controlplane.resource.ManagedResource;
import dev.agentcore.controlplane.resource.ResourceEvents;
import dev.agentcore.controlplane.resource.ResourceRef;
import dev.agentcore.controlplane.resource.ResourceStatus;
import dev.agentcore.controlplane.resource.ResourceType;
import dev.agentcore.controlplane.web.Ids;

/**
 * The IAM role of one gateway that asked for a managed role; its name is derived from the gateway's within IAM's
 * limits. Its desired state is derived (the planner's policies for the gateway and its targets), so its generation
 * counts changes of those inputs; the provisioner applies each generation before the targets that need it. The
 * control plane decides every change, so its history names the provisioner and no caller is audited.
 */
@Table("execution_roles")
public class ExecutionRole extends ManagedResource<ExecutionRole> {

	static final ManagedKind KIND = new ManagedKind(ResourceType.EXECUTION_ROLE, "managed execution role",
			"EXECUTION_ROLE", "", "in the AWS account");

	private final UUID gatewayId;

	@Embedded.Empty(prefix = "aws_")
	private final AwsRole aws;

	@PersistenceCreator
	ExecutionRole(UUID id, UUID gatewayId, String team, String name, Integer version, Lifecycle lifecycle,
			ResourceStatus status, AwsRole aws) {
		super(id, team, name, version, lifecycle, status);
		this.gatewayId = gatewayId;
		this.aws = aws;
	}

	static ExecutionRole declare(UUID gatewayId, String team, String name) {
		ExecutionRole role = new ExecutionRole(Ids.newId(), gatewayId, team, name, null, Lifecycle.declared(),
				ResourceStatus.accepted(), AwsRole.NONE);
		role.accepted(EventType.SPEC_ACCEPTED, KIND.named(name) + " declared for the gateway.", ResourceEvents.PROVISIONER);
		return role;
	}

	/**
	 * The gateway or its targets changed ({@code reason}): the role's policies may have to follow. False while it is
	 * being deleted.
	 */
	boolean inputsChanged(String reason) {
		if (deletionRequested()) {
			return false;
		}
		nextGeneration(reason, ResourceEvents.PROVISIONER);
		return true;
	}

	/** Returns false when deletion was already requested. */
	boolean requestDeletion() {
		return markedForDeletion(KIND.named(name()) + " to be deleted once the gateway no longer uses it.",
				ResourceEvents.PROVISIONER);
	}

	/** The gateway asks for a managed role again before this one was deleted: keep it, with the policies of now. */
	boolean keep() {
		return kept("The gateway asks for its managed role again: keeping it.", ResourceEvents.PROVISIONER);
	}

	@Override
	protected ManagedKind kind() {
		return KIND;
	}

	/** This role as its history knows it: part of its gateway's. */
	@Override
	public ResourceRef ref() {
		return new ResourceRef(ResourceType.EXECUTION_ROLE, id(), gatewayId, team());
	}

	/** Whether IAM holds the policies of the current generation (the targets' permissions included). */
	public boolean holdsCurrentPolicies() {
		return aws.roleArn() != null && status().observedGeneration() >= generation();
	}

	public UUID gatewayId() {
		return gatewayId;
	}

	public AwsRole aws() {
		return aws;
	}

	/**
	 * What IAM holds: the role's id (AROA...) and ARN, READY once the role holds the policies last applied, and why
	 * not when a call failed.
	 */
	public record AwsRole(@ReadOnlyProperty String roleId, @ReadOnlyProperty String roleArn,
			@ReadOnlyProperty String status, @ReadOnlyProperty List<String> statusReasons) {

		static final AwsRole NONE = new AwsRole(null, null, null, List.of());

	}

}
