package dev.agentcore.controlplane.simulator;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * The VPC Lattice resources AgentCore creates for a target's managed VPC private endpoint: a resource gateway in the
 * VPC and the association of the resource configuration with AgentCore's service network, reported once the target
 * is created (privateEndpointManagedResources). Their ids derive from the target and the VPC, so an update that keeps
 * the VPC keeps them.
 */
final class SimulatedPrivateEndpoints {

	private SimulatedPrivateEndpoints() {
	}

	static Optional<ArrayNode> managedResources(SimulatedTarget target, String region, String account) {
		JsonNode vpc = target.members().at("/privateEndpoint/managedVpcResource");
		if (!vpc.isObject() || target.status().equals("CREATING") || target.status().equals("FAILED")) {
			return Optional.empty();
		}
		String seed = target.targetId() + "/" + vpc.path("vpcIdentifier").asString("");
		ArrayNode resources = JsonMembers.NODES.arrayNode();
		resources.addObject()
			.put("domain", domain(target, vpc))
			.put("resourceGatewayArn", "arn:aws:vpc-lattice:" + region + ":" + account + ":resourcegateway/rgw-"
					+ hex(seed, "rgw").substring(0, 17))
			.put("resourceAssociationArn", "arn:aws:vpc-lattice:" + region + ":" + account
					+ ":servicenetworkresourceassociation/snra-" + hex(seed, "snra").substring(0, 17));
		return Optional.of(resources);
	}

	/** The routing domain when one is given, else the host the target calls. */
	private static String domain(SimulatedTarget target, JsonNode vpc) {
		String routing = vpc.path("routingDomain").asString(null);
		if (routing != null) {
			return routing;
		}
		String endpoint = target.members().at("/targetConfiguration/mcp/mcpServer/endpoint").asString(null);
		try {
			return endpoint == null ? target.targetId().toLowerCase() + ".private" : URI.create(endpoint).getHost();
		}
		catch (IllegalArgumentException ex) {
			return target.targetId().toLowerCase() + ".private";
		}
	}

	private static String hex(String seed, String salt) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest((salt + ":" + seed).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
