package dev.agentcore.controlplane.simulator;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The simulated account's resource-based policies of its gateways, by gateway id, kept next to the gateways' state
 * file ({@code <state file>.resource-policies.json}). A policy is a JSON policy document with a Statement; a gateway
 * that is gone takes its policy with it. Where AgentCore's documentation is silent, the simulator assumes that
 * GetResourcePolicy and DeleteResourcePolicy of a gateway without a policy answer ResourceNotFoundException.
 */
@Component
@Profile({ "local", "simulator" })
class SimulatedResourcePolicies {

	private static final Logger log = LoggerFactory.getLogger(SimulatedResourcePolicies.class);

	private final SimulatedAgentCore gateways;

	private final JsonMapper json;

	private final Path file;

	private final Map<String, String> policies = new TreeMap<>();

	SimulatedResourcePolicies(SimulatedAgentCore gateways, SimulatorSettings settings, JsonMapper json) {
		this.gateways = gateways;
		this.json = json;
		this.file = JsonStateFile.beside(settings.stateFile(), ".resource-policies.json");
		if (JsonStateFile.kept(file)) {
			try {
				policies.putAll(json.readValue(file.toFile(), State.class).policies());
			}
			catch (RuntimeException ex) {
				log.warn("Simulated resource policies in {} are unreadable; started without them", file);
			}
		}
	}

	record State(Map<String, String> policies) {
	}

	synchronized String put(String resourceArn, String policy) {
		SimulatedGateway gateway = gateway(resourceArn);
		JsonNode document;
		try {
			document = json.readTree(policy);
		}
		catch (JacksonException ex) {
			throw AwsError.validation("policy", "The policy is not valid JSON: " + ex.getOriginalMessage());
		}
		if (!document.isObject() || !(document.path("Statement").isArray() || document.path("Statement").isObject())) {
			throw AwsError.validation("policy", "The policy must be a JSON policy document with a Statement");
		}
		policies.put(gateway.gatewayId(), policy);
		save();
		return policy;
	}

	synchronized String get(String resourceArn) {
		SimulatedGateway gateway = gateway(resourceArn);
		String policy = policies.get(gateway.gatewayId());
		if (policy == null) {
			throw AwsError.notFound("No resource policy exists for resource " + resourceArn);
		}
		return policy;
	}

	synchronized void delete(String resourceArn) {
		SimulatedGateway gateway = gateway(resourceArn);
		if (policies.remove(gateway.gatewayId()) == null) {
			throw AwsError.notFound("No resource policy exists for resource " + resourceArn);
		}
		save();
	}

	/** The gateway's policy document, for its data plane; empty when it has none. */
	synchronized Optional<JsonNode> of(SimulatedGateway gateway) {
		return Optional.ofNullable(policies.get(gateway.gatewayId())).map(json::readTree);
	}

	private SimulatedGateway gateway(String resourceArn) {
		int slash = resourceArn.lastIndexOf('/');
		String id = resourceArn.contains(":gateway/") ? resourceArn.substring(slash + 1) : null;
		Optional<SimulatedGateway> gateway = Optional.empty();
		if (id != null && resourceArn.equals(WireFormat.gatewayArn(id, gateways.region(), gateways.accountId()))) {
			try {
				gateway = Optional.of(gateways.gateway(id));
			}
			catch (AwsError gone) {
				if (policies.remove(id) != null) {
					save();
				}
			}
		}
		return gateway.orElseThrow(() -> AwsError.notFound("Resource " + resourceArn + " was not found"));
	}

	private void save() {
		JsonStateFile.write(json, file, new State(Map.copyOf(policies)), "simulated resource policies");
	}

}
