package dev.agentcore.controlplane.provisioning.aws;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.agentcore.controlplane.network.PrivateEndpoint;

/** A private endpoint on the wire (the model's PrivateEndpoint union), and the resources AgentCore manages for one. */
final class PrivateEndpoints {

	private PrivateEndpoints() {
	}

	static JsonNode wire(PrivateEndpoint endpoint) {
		ObjectNode wire = MemberShim.JSON.createObjectNode();
		if (endpoint.latticeResourceConfiguration() != null) {
			wire.putObject("selfManagedLatticeResource")
				.put("resourceConfigurationIdentifier", endpoint.latticeResourceConfiguration());
			return wire;
		}
		PrivateEndpoint.ManagedVpc vpc = endpoint.managedVpc();
		ObjectNode managed = wire.putObject("managedVpcResource").put("vpcIdentifier", vpc.vpcId());
		vpc.subnetIds().forEach(managed.putArray("subnetIds")::add);
		managed.put("endpointIpAddressType", vpc.ipAddressType().name());
		if (vpc.securityGroupIds() != null) {
			vpc.securityGroupIds().forEach(managed.putArray("securityGroupIds")::add);
		}
		if (vpc.routingDomain() != null) {
			managed.put("routingDomain", vpc.routingDomain());
		}
		return wire;
	}

	/** GetGatewayTarget's privateEndpointManagedResources, from the raw answer (the SDK does not read them). */
	static List<PrivateEndpoint.ManagedResource> managedResources(JsonNode raw) {
		List<PrivateEndpoint.ManagedResource> resources = new ArrayList<>();
		raw.path("privateEndpointManagedResources").forEach(resource -> resources.add(new PrivateEndpoint.ManagedResource(
				resource.path("domain").asString(null), resource.path("resourceGatewayArn").asString(null),
				resource.path("resourceAssociationArn").asString(null))));
		return resources;
	}

}
