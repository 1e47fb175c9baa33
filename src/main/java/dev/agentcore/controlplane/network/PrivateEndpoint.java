package dev.agentcore.controlplane.network;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import dev.agentcore.controlplane.servicemodel.ModelMember;
import dev.agentcore.controlplane.web.Violations;

/**
 * How AgentCore reaches a backend that is not on the internet (a private MCP server, an internal API, a private IdP):
 * exactly one of a VPC Lattice resource gateway AgentCore creates and manages in the VPC, or a VPC Lattice resource
 * configuration the team manages itself. Declared, it is owned: an update sends it as declared.
 *
 * @param managedVpc AgentCore creates the Lattice resource gateway and resource configuration in this VPC
 * @param latticeResourceConfiguration a resource configuration you manage: rcfg-... or its ARN
 */
@Schema(example = "{\"managedVpc\": {\"vpcId\": \"vpc-0a1b2c3d4e5f60718\", \"subnetIds\": [\"subnet-0a1b2c3d4e5f60718\"], "
		+ "\"ipAddressType\": \"IPV4\"}}")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PrivateEndpoint(@Valid ManagedVpc managedVpc,
		@ModelMember(value = "SelfManagedLatticeResource.resourceConfigurationIdentifier", hint = "rcfg- and 17 lowercase letters or digits, or arn:aws:vpc-lattice:<region>:<account>:resourceconfiguration/rcfg-...") String latticeResourceConfiguration) {

	public enum IpAddressType {

		IPV4, IPV6

	}

	/**
	 * @param vpcId the VPC that holds the backend
	 * @param subnetIds where the resource gateway's network interfaces go
	 * @param securityGroupIds at most 5; the VPC's default security group when absent
	 * @param ipAddressType IPV4 or IPV6, for the resource configuration's endpoint
	 * @param routingDomain a name to route through instead of the backend's own (an ALB or VPC endpoint in front of it)
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ManagedVpc(
			@NotNull @ModelMember(value = "ManagedVpcResource.vpcIdentifier", hint = "vpc- and 8 or 17 lowercase letters or digits") String vpcId,
			@NotNull @ModelMember("ManagedVpcResource.subnetIds") List<@NotNull @ModelMember(value = "SubnetIds.member", hint = "subnet- and 8 to 17 letters or digits") String> subnetIds,
			@ModelMember("ManagedVpcResource.securityGroupIds") List<@NotNull @ModelMember(value = "SecurityGroupIds.member", hint = "sg- and 8 or 17 lowercase letters or digits") String> securityGroupIds,
			@NotNull IpAddressType ipAddressType,
			@ModelMember("ManagedVpcResource.routingDomain") String routingDomain) {
	}

	/**
	 * A VPC Lattice resource AgentCore manages for a private endpoint (GetGatewayTarget's privateEndpointManagedResources).
	 *
	 * @param domain the domain the resource configuration serves
	 * @param resourceGatewayArn the resource gateway in the VPC
	 * @param resourceAssociationArn the association of the resource configuration with AgentCore's service network
	 */
	public record ManagedResource(String domain, String resourceGatewayArn, String resourceAssociationArn) {
	}

	/** The managed resources as one stored value. */
	public record ManagedResources(List<ManagedResource> items) {

		public ManagedResources {
			items = items == null ? List.of() : List.copyOf(items);
		}

	}

	/** Exactly one way in; a managed VPC needs at least one subnet. */
	public static void check(PrivateEndpoint endpoint, String field, Violations.Collector violations) {
		if (endpoint == null) {
			return;
		}
		if ((endpoint.managedVpc() == null) == (endpoint.latticeResourceConfiguration() == null)) {
			violations.add(field, "give exactly one of 'managedVpc' (AgentCore manages the VPC Lattice resources) and "
					+ "'latticeResourceConfiguration' (a resource configuration you manage)");
		}
		if (endpoint.managedVpc() != null && endpoint.managedVpc().subnetIds() != null
				&& endpoint.managedVpc().subnetIds().isEmpty()) {
			violations.add(field + ".managedVpc.subnetIds", "must name at least one subnet of the VPC");
		}
	}

}
