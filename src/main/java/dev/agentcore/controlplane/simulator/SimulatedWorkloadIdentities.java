package dev.agentcore.controlplane.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The workload identities AgentCore makes for the simulated account's gateways (named after the gateway's id, as
 * GetGateway's workloadIdentityDetails says), with the OAuth return URLs each allows. An identity exists as long as
 * its gateway; its URLs are held in memory.
 */
@Component
@Profile({ "local", "simulator" })
class SimulatedWorkloadIdentities {

	private record Held(List<String> returnUrls, Instant updatedAt) {
	}

	private final Map<String, Held> held = new ConcurrentHashMap<>();

	private final SimulatedAgentCore aws;

	private final Clock clock = Clock.systemUTC();

	SimulatedWorkloadIdentities(SimulatedAgentCore aws) {
		this.aws = aws;
	}

	ObjectNode get(String name) {
		return wire(gatewayOf(name), held.get(name));
	}

	ObjectNode update(String name, List<String> returnUrls) {
		SimulatedGateway gateway = gatewayOf(name);
		Held updated = new Held(List.copyOf(returnUrls), clock.instant());
		held.put(name, updated);
		return wire(gateway, updated);
	}

	/** Only a gateway's identity exists here; another name is not found, as AWS answers. */
	private SimulatedGateway gatewayOf(String name) {
		try {
			return aws.gateway(name);
		}
		catch (AwsError ex) {
			throw AwsError.notFound("Workload identity " + name + " does not exist.");
		}
	}

	private ObjectNode wire(SimulatedGateway gateway, Held identity) {
		ObjectNode node = JsonMembers.NODES.objectNode();
		node.put("name", gateway.gatewayId());
		node.put("workloadIdentityArn", "arn:aws:bedrock-agentcore:" + aws.region() + ":" + aws.accountId()
				+ ":workload-identity-directory/default/workload-identity/" + gateway.gatewayId());
		var urls = node.putArray("allowedResourceOauth2ReturnUrls");
		if (identity != null) {
			identity.returnUrls().forEach(urls::add);
		}
		node.put("createdTime", gateway.createdAt().getEpochSecond());
		node.put("lastUpdatedTime", (identity == null ? gateway.createdAt() : identity.updatedAt()).getEpochSecond());
		return node;
	}

}
