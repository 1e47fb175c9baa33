package dev.agentcore.controlplane.simulator;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The simulated account's gateway rules, with the service's rules that the model cannot state: only in a READY
 * gateway, priorities unique in a gateway, routes only to targets the gateway has, client-token idempotency, no
 * change during a transition. Kept beside the gateways' state file ({@code .rules.json}).
 */
@Component
@Profile({ "local", "simulator" })
class SimulatedRules {

	private final SimulatedAgentCore gateways;

	private final FaultInjector faults;

	private final JsonMapper json;

	private final Path file;

	private final SimulatedStore<SimulatedRule> rules;

	private final Random random;

	private long sequence;

	SimulatedRules(SimulatedAgentCore gateways, FaultInjector faults, SimulatorSettings settings, JsonMapper json) {
		this.gateways = gateways;
		this.faults = faults;
		this.json = json;
		this.file = JsonStateFile.beside(settings.stateFile(), ".rules.json");
		State state = JsonStateFile.read(json, file, State.class, new State(List.of(), 0));
		this.rules = new SimulatedStore<>(SimulatedRule.SHAPE, state.rules());
		this.sequence = state.sequence();
		this.random = new Random(settings.seed() == null ? ThreadLocalRandom.current().nextLong() : settings.seed());
	}

	record State(List<SimulatedRule> rules, long sequence) {
	}

	SimulatedRule create(String gatewayId, JsonNode request) {
		SimulatedGateway gateway = gateways.gateway(gatewayId);
		List<String> targets = gateways.targetsOfGateway(gateway.gatewayId()).stream().map(SimulatedTarget::name).toList();
		synchronized (this) {
			settle();
			String token = request.path("clientToken").asString(null);
			Optional<SimulatedRule> repeated = rules.repeated(token, request, rule -> rule.gatewayId().equals(gateway.gatewayId()));
			if (repeated.isPresent()) {
				return repeated.get();
			}
			if (!gateway.status().equals("READY")) {
				throw AwsError.conflict("Gateway " + gateway.gatewayId() + " is " + gateway.status() + "; rules can change once it is READY");
			}
			ObjectNode members = checked(gateway.gatewayId(), null, request, targets);
			Instant now = Instant.now();
			SimulatedRule rule = new SimulatedRule(++sequence, gateway.gatewayId(), UUID.randomUUID().toString(), members,
					"CREATING", now, now, now.plus(faults.transitionDelay()), token, SimulatedRequests.withoutToken(request));
			return save(rule);
		}
	}

	synchronized SimulatedRule get(String gatewayId, String ruleId) {
		settle();
		return require(gatewayId, ruleId);
	}

	SimulatedRule update(String gatewayId, String ruleId, JsonNode request) {
		List<String> targets = gateways.targetsOfGateway(gatewayId).stream().map(SimulatedTarget::name).toList();
		synchronized (this) {
			settle();
			SimulatedRule rule = require(gatewayId, ruleId);
			SimulatedRequests.requireSettled(rule.inTransition(), "Rule " + ruleId, rule.status());
			ObjectNode members = rule.members().deepCopy();
			request.properties().forEach(member -> members.set(member.getKey(), member.getValue()));
			members.remove(List.of("gatewayIdentifier", "ruleId"));
			return save(rule.with(checked(gatewayId, ruleId, members, targets), "UPDATING",
					Instant.now().plus(faults.transitionDelay())));
		}
	}

	synchronized SimulatedRule delete(String gatewayId, String ruleId) {
		settle();
		SimulatedRule rule = require(gatewayId, ruleId);
		SimulatedRequests.requireSettled(rule.inTransition(), "Rule " + ruleId, rule.status());
		return save(rule.with(rule.members(), "DELETING", Instant.now().plus(faults.transitionDelay())));
	}

	synchronized Pages.Page<SimulatedRule> list(String gatewayId, Integer maxResults, String nextToken) {
		settle();
		String id = gateways.gateway(gatewayId).gatewayId();
		return rules.page(rule -> rule.gatewayId().equals(id), maxResults, nextToken);
	}

	/** Where the gateway's ACTIVE rules send a call (splits drawn from the simulator's seeded randomness). */
	synchronized Optional<RuleRouting.Route> route(String gatewayId, String principal, String path) {
		settle();
		return RuleRouting.route(rules.matching(rule -> rule.gatewayId().equals(gatewayId) && rule.status().equals("ACTIVE"))
			.stream()
			.sorted(Comparator.comparingInt(SimulatedRule::priority))
			.toList(), principal, path, random);
	}

	String region() {
		return gateways.region();
	}

	String account() {
		return gateways.accountId();
	}

	/** The members, when the priority is free in the gateway and every routed target is the gateway's. */
	private ObjectNode checked(String gatewayId, String ruleId, JsonNode request, List<String> targets) {
		int priority = request.path("priority").asInt();
		if (rules.any(rule -> rule.gatewayId().equals(gatewayId) && !rule.ruleId().equals(ruleId) && rule.priority() == priority)) {
			throw AwsError.conflict("A rule with priority " + priority + " already exists in gateway " + gatewayId);
		}
		for (JsonNode action : request.path("actions")) {
			JsonNode route = action.path("routeToTarget");
			List<String> named = route.has("staticRoute") ? List.of(route.path("staticRoute").path("targetName").asString())
					: route.path("weightedRoute").path("trafficSplit").valueStream()
						.map(entry -> entry.path("targetName").asString()).toList();
			for (String target : named) {
				if (!targets.contains(target)) {
					throw AwsError.validation("actions", "Gateway " + gatewayId + " has no target named " + target);
				}
			}
		}
		ObjectNode members = json.createObjectNode();
		for (String member : List.of("priority", "description", "conditions", "actions")) {
			if (request.has(member)) {
				members.set(member, request.get(member));
			}
		}
		return members;
	}

	private SimulatedRule require(String gatewayId, String ruleId) {
		String id = gateways.gateway(gatewayId).gatewayId();
		return rules.find(ruleId).filter(rule -> rule.gatewayId().equals(id))
			.orElseThrow(() -> AwsError.notFound("Rule " + ruleId + " was not found in gateway " + gatewayId));
	}

	private SimulatedRule save(SimulatedRule rule) {
		rules.put(rule);
		JsonStateFile.write(json, file, new State(rules.all(), sequence), "simulated gateway rules");
		return rule;
	}

	private void settle() {
		if (rules.settle(Instant.now(), faults.faults())) {
			JsonStateFile.write(json, file, new State(rules.all(), sequence), "simulated gateway rules");
		}
	}

}
