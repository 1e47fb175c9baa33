package dev.agentcore.controlplane.permissions;

import java.util.List;


/**
 * What the caller needs for targets with a managed VPC private endpoint: AgentCore creates the VPC Lattice resource
 * gateway and its network interfaces with its network service-linked role (AWSServiceRoleForBedrockAgentCoreNetwork,
 * policy BedrockAgentCoreNetworkServiceRolePolicy), which the first such target creates, and it reads the VPC, subnets
 * and security groups named as the caller. EC2's Describe actions take no resource-level permissions.
 */
final class PrivateEndpointStatements {

	static final String NETWORK_SERVICE = "network.bedrock-agentcore.amazonaws.com";

	private PrivateEndpointStatements() {
	}

	static void managedVpc(PolicyDocument caller, List<PermissionPlanner.PlannedTarget> targets, String partition,
			String account, List<String> notes) {
		managedVpc(caller, targets, false, partition, account, notes);
	}

	/**
	 * @param authorizerManagedVpc whether the IDP profile behind the gateway's JWT authorizer reaches its identity
	 * provider through a managed VPC (its privateEndpoint or one of its overrides)
	 */
	static void managedVpc(PolicyDocument caller, List<PermissionPlanner.PlannedTarget> targets,
			boolean authorizerManagedVpc, String partition, String account, List<String> notes) {
		List<String> named = targets.stream()
			.filter(target -> target.spec() != null && target.spec().privateEndpoint() != null
					&& target.spec().privateEndpoint().managedVpc() != null)
			.map(PermissionPlanner.PlannedTarget::name)
			.toList();
		if (authorizerManagedVpc) {
			notes.add("The IDP profile reaches its identity provider through a VPC Lattice resource gateway AgentCore "
					+ "manages, with its service-linked role AWSServiceRoleForBedrockAgentCoreNetwork, as a managed VPC "
					+ "target does.");
		}
		if (named.isEmpty() && !authorizerManagedVpc) {
			return;
		}
		caller.allow("CreateAgentCoreNetworkServiceLinkedRole", null, List.of("iam:CreateServiceLinkedRole"),
				List.of("arn:" + partition + ":iam::" + account + ":role/aws-service-role/" + NETWORK_SERVICE
						+ "/AWSServiceRoleForBedrockAgentCoreNetwork"),
				PolicyDocument.condition("StringEquals", "iam:AWSServiceName", NETWORK_SERVICE));
		caller.allow("DescribeManagedVpcEndpointNetworks", List.of("ec2:DescribeVpcs", "ec2:DescribeSubnets",
				"ec2:DescribeSecurityGroups"), List.of("*"));
		if (named.isEmpty()) {
			return;
		}
		notes.add("Targets " + named + " reach their backend through a VPC Lattice resource gateway AgentCore manages: it "
				+ "creates the network interfaces in the named subnets with its service-linked role "
				+ "AWSServiceRoleForBedrockAgentCoreNetwork (created with the first such target), so the execution role "
				+ "needs nothing for it; ec2 Describe actions cannot be scoped to resources.");
	}


}
