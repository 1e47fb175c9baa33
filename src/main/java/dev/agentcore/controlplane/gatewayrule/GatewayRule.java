package dev.agentcore.controlplane.gatewayrule;

import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.resource.Lifecycle;
import dev.agentcore.controlplane.resource.ManagedKind;
import dev.agentcore.controlplane.resource.SpecifiedResource;
import dev.agentcore.controlplane.resource.ResourceStatus;
import dev.agentcore.controlplane.resource.ResourceType;
import dev.agentcore.controlplane.web.Ids;

/**
 * A rule of a gateway, its own aggregate referencing the gateway by id: the declared spec and what the provisioner
 * reports. AgentCore gives rules no name: the name is the rule's own id. Its events belong to its gateway's history.
 */
@Table("gateway_rules")
public class GatewayRule extends SpecifiedResource<GatewayRule, RuleSpec, GatewayRule.AwsRule> {

	static final ManagedKind KIND = new ManagedKind(ResourceType.GATEWAY_RULE, "gateway rule", "RULE",
			" in this gateway", "in the gateway");

	private final UUID gatewayId;

	@PersistenceCreator
	GatewayRule(UUID id, UUID gatewayId, String team, String name, RuleSpec spec, Integer version, Lifecycle lifecycle,
			String createdBy, ResourceStatus status, AwsRule aws) {
		super(KIND, gatewayId, id, team, name, spec, version, lifecycle, createdBy, status, aws);
		this.gatewayId = gatewayId;
	}

	static GatewayRule declare(Gateway gateway, RuleSpec spec, String actor) {
		UUID id = Ids.newId();
		return new GatewayRule(id, gateway.id(), gateway.team(), id.toString(), spec, null, Lifecycle.declared(), actor,
				ResourceStatus.accepted(), AwsRule.NONE).declared(spec, actor);
	}

	public UUID gatewayId() {
		return gatewayId;
	}

	/** What AWS holds for the rule: AgentCore's rule id and its status (CREATING, ACTIVE, UPDATING, DELETING). */
	public record AwsRule(@ReadOnlyProperty String ruleId, @ReadOnlyProperty String status,
			@ReadOnlyProperty List<String> statusReasons) {

		static final AwsRule NONE = new AwsRule(null, null, List.of());

	}

}
