package dev.agentcore.controlplane.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The simulated account's gateways and targets, with the real service's rules: unique names,
 * client-token idempotency, no changes during transitions, targets only on a READY gateway, no
 * gateway deletion while targets exist, quotas. Transitions complete lazily when their time has
 * come, so the simulator needs no background threads.
 */
@Component
@Profile({ "local", "simulator" })
class SimulatedAgentCore {

	private final SimulatorSettings settings;

	private final FaultInjector faults;

	private final SimulatorStateFile stateFile;

	private final Clock clock;

	private final Map<String, SimulatedGateway> gateways = new LinkedHashMap<>();

	private final Map<String, SimulatedTarget> targets = new LinkedHashMap<>();

	private final SimulatorStats stats = new SimulatorStats();

	private long sequence;

	@Autowired
	SimulatedAgentCore(SimulatorSettings settings, FaultInjector faults, SimulatorStateFile stateFile) {
		this(settings, faults, stateFile, Clock.systemUTC());
	}

	SimulatedAgentCore(SimulatorSettings settings, FaultInjector faults, SimulatorStateFile stateFile, Clock clock) {
		this.settings = settings;
		this.faults = faults;
		this.stateFile = stateFile;
		this.clock = clock;
		SimulatorStateFile.State state = stateFile.load();
		state.gateways().forEach(gateway -> gateways.put(gateway.gatewayId(), gateway));
		state.targets().forEach(target -> targets.put(target.targetId(), target));
		this.sequence = state.sequence();
	}

	synchronized SimulatedGateway createGateway(GatewayInput spec, JsonNode request) {
		settle();
		JsonNode fingerprint = withoutToken(request);
		if (spec.clientToken() != null) {
			for (SimulatedGateway existing : gateways.values()) {
				if (spec.clientToken().equals(existing.clientToken())) {
					return SimulatedRequests.repeated(existing, existing.createRequest(), fingerprint);
				}
			}
		}
		if (gateways.values().stream().anyMatch(gateway -> gateway.name().equals(spec.name()))) {
			throw AwsError.conflict("A gateway named " + spec.name() + " already exists in this account");
		}
		if (gateways.size() >= settings.gatewayLimit()) {
			throw AwsError.quotaExceeded("The account already has " + gateways.size()
					+ " gateways, the maximum allowed. Delete a gateway or request a quota increase.");
		}
		Instant now = clock.instant();
		String id = uniqueId(spec.name().toLowerCase(java.util.Locale.ROOT) + "-", true, gateways::containsKey);
		SimulatedGateway gateway = new SimulatedGateway(++sequence, id, spec.name(), spec.members(), spec.tags(), "CREATING",
				List.of(), now, now, settlesAt(now), spec.clientToken(), fingerprint);
		gateways.put(id, gateway);
		stats.gatewaysCreated++;
		save();
		return gateway;
	}

	synchronized SimulatedGateway gateway(String identifier) {
		settle();
		return requireGateway(identifier);
	}

	synchronized SimulatedGateway updateGateway(String identifier, GatewayInput spec) {
		settle();
		SimulatedGateway gateway = requireGateway(identifier);
		if (!gateway.name().equals(spec.name())) {
			throw AwsError.validation("name", "The name of a gateway cannot be changed (is " + gateway.name() + ")");
		}
		if (!gateway.authorizerType().equals(spec.authorizerType())) {
			throw AwsError.validation("authorizerType",
					"The authorizer type of a gateway cannot be changed (is " + gateway.authorizerType() + ")");
		}
		requireSettled(gateway.inTransition(), "Gateway " + gateway.gatewayId(), gateway.status());
		Instant now = clock.instant();
		SimulatedGateway updated = gateway.withMembers(spec.members(), now, settlesAt(now));
		gateways.put(updated.gatewayId(), updated);
		save();
		return updated;
	}

	synchronized SimulatedGateway deleteGateway(String identifier) {
		settle();
		SimulatedGateway gateway = requireGateway(identifier);
		requireSettled(gateway.inTransition(), "Gateway " + gateway.gatewayId(), gateway.status());
		long count = targetsOf(gateway.gatewayId()).size();
		if (count > 0) {
			throw AwsError.conflict("Gateway " + gateway.gatewayId() + " has " + count
					+ " targets. Delete its targets before deleting the gateway.");
		}
		Instant now = clock.instant();
		SimulatedGateway deleting = gateway.withStatus("DELETING", List.of(), now, settlesAt(now));
		gateways.put(deleting.gatewayId(), deleting);
		save();
		return deleting;
	}

	/** The tags of a taggable resource (a gateway), by ARN. */
	synchronized Map<String, String> tags(String resourceArn) {
		settle();
		return taggable(resourceArn).tags();
	}

	synchronized void tag(String resourceArn, Map<String, String> tags) {
		settle();
		SimulatedGateway gateway = taggable(resourceArn);
		Map<String, String> merged = new java.util.TreeMap<>(gateway.tags());
		merged.putAll(tags);
		if (merged.size() > 50) {
			throw AwsError.quotaExceeded("A resource can have at most 50 tags; " + resourceArn + " would have " + merged.size());
		}
		gateways.put(gateway.gatewayId(), gateway.withTags(merged));
		save();
	}

	synchronized void untag(String resourceArn, List<String> keys) {
		settle();
		SimulatedGateway gateway = taggable(resourceArn);
		Map<String, String> remaining = new java.util.TreeMap<>(gateway.tags());
		keys.forEach(remaining::remove);
		gateways.put(gateway.gatewayId(), gateway.withTags(remaining));
		save();
	}

	synchronized Pages.Page<SimulatedGateway> gateways(Integer maxResults, String nextToken) {
		settle();
		return Pages.page(new ArrayList<>(gateways.values()), SimulatedGateway::sequence, maxResults, nextToken);
	}

	/**
	 * @param consentBase where this simulator is reached (its context URL): an authorization-code target's consent
	 * URL is served there
	 */
	synchronized SimulatedTarget createTarget(String gatewayIdentifier, TargetInput spec, JsonNode request,
			String consentBase) {
		settle();
		SimulatedGateway gateway = requireGateway(gatewayIdentifier);
		JsonNode fingerprint = withoutToken(request);
		List<SimulatedTarget> siblings = targetsOf(gateway.gatewayId());
		if (spec.clientToken() != null) {
			for (SimulatedTarget existing : siblings) {
				if (spec.clientToken().equals(existing.clientToken())) {
					return SimulatedRequests.repeated(existing, existing.createRequest(), fingerprint);
				}
			}
		}
		requireGatewayReady(gateway);
		TargetStates.pairsWith(gateway, spec);
		if (siblings.stream().anyMatch(target -> target.name().equals(spec.name()))) {
			throw AwsError.conflict("A target named " + spec.name() + " already exists in gateway " + gateway.gatewayId());
		}
		if (siblings.size() >= settings.targetsPerGateway()) {
			throw AwsError.quotaExceeded("Gateway " + gateway.gatewayId() + " already has " + siblings.size()
					+ " targets, the maximum allowed.");
		}
		Instant now = clock.instant();
		String id = uniqueId("", false, targets::containsKey);
		SimulatedTarget target = new SimulatedTarget(++sequence, gateway.gatewayId(), id, spec.name(), spec.members(),
				"CREATING", List.of(), now, now, null, settlesAt(now), spec.clientToken(), fingerprint,
				SimulatedTarget.needsConsent(spec.members()) ? TargetStates.consent(consentBase, spec) : null);
		targets.put(id, target);
		stats.targetsCreated++;
		save();
		return target;
	}

	synchronized SimulatedTarget target(String gatewayIdentifier, String targetId) {
		settle();
		return requireTarget(requireGateway(gatewayIdentifier), targetId);
	}

	synchronized SimulatedTarget updateTarget(String gatewayIdentifier, String targetId, TargetInput spec) {
		settle();
		SimulatedGateway gateway = requireGateway(gatewayIdentifier);
		SimulatedTarget target = requireTarget(gateway, targetId);
		if (!target.name().equals(spec.name()) && targetsOf(gateway.gatewayId()).stream()
			.anyMatch(other -> other.name().equals(spec.name()))) {
			throw AwsError.conflict("A target named " + spec.name() + " already exists in gateway " + gateway.gatewayId());
		}
		requireGatewayReady(gateway);
		TargetStates.requireNoConsentAwaited(target);
		requireSettled(target.inTransition(), "Target " + target.targetId(), target.status());
		TargetStates.pairsWith(gateway, spec);
		Instant now = clock.instant();
		// A consent holds for the credentials it was given for; other credentials need a new one.
		SimulatedTarget.Consent consent = !SimulatedTarget.needsConsent(spec.members()) ? null
				: target.consent() != null && target.consent().credentials().equals(SimulatedTarget.credentials(spec.members()))
						? target.consent() : TargetStates.consent(target.consent() == null ? "" : TargetStates.base(target.consent().url()), spec);
		SimulatedTarget updated = target.withMembers(spec.members(), consent, now, settlesAt(now));
		targets.put(updated.targetId(), updated);
		save();
		return updated;
	}

	synchronized SimulatedTarget deleteTarget(String gatewayIdentifier, String targetId) {
		settle();
		SimulatedGateway gateway = requireGateway(gatewayIdentifier);
		SimulatedTarget target = requireTarget(gateway, targetId);
		TargetStates.requireNoConsentAwaited(target);
		requireSettled(target.inTransition(), "Target " + target.targetId(), target.status());
		Instant now = clock.instant();
		SimulatedTarget deleting = target.withStatus("DELETING", List.of(), now, settlesAt(now));
		targets.put(deleting.targetId(), deleting);
		save();
		return deleting;
	}

	synchronized Pages.Page<SimulatedTarget> targets(String gatewayIdentifier, Integer maxResults, String nextToken) {
		settle();
		SimulatedGateway gateway = requireGateway(gatewayIdentifier);
		return Pages.page(targetsOf(gateway.gatewayId()), SimulatedTarget::sequence, maxResults, nextToken);
	}

	synchronized List<SimulatedTarget> synchronize(String gatewayIdentifier, List<String> targetIds) {
		settle();
		SimulatedGateway gateway = requireGateway(gatewayIdentifier);
		requireGatewayReady(gateway);
		List<SimulatedTarget> chosen = new ArrayList<>();
		for (String targetId : targetIds) {
			SimulatedTarget target = requireTarget(gateway, targetId);
			if (!target.isMcpServer() || target.hasStaticTools()) {
				throw AwsError.validation("targetIdList", "Target " + targetId + (target.hasStaticTools()
						? " declares its tools (mcpToolSchema); synchronization is disabled for it"
						: " is not an MCP server target; only MCP server targets can be synchronized"));
			}
			TargetStates.requireNoConsentAwaited(target);
			requireSettled(target.inTransition(), "Target " + target.targetId(), target.status());
			chosen.add(target);
		}
		Instant now = clock.instant();
		List<SimulatedTarget> synchronizing = new ArrayList<>();
		for (SimulatedTarget target : chosen) {
			SimulatedTarget next = target.synchronizing(now, settlesAt(now));
			targets.put(next.targetId(), next);
			synchronizing.add(next);
		}
		save();
		return synchronizing;
	}

	/** A person opened the consent URL: the target waiting for it carries on. Empty when no target waits on it. */
	synchronized java.util.Optional<SimulatedTarget> consent(String token) {
		settle();
		for (SimulatedTarget target : targets.values()) {
			if (target.consent() != null && target.consent().token().equals(token)) {
				if (target.consent().given()) {
					return java.util.Optional.of(target);
				}
				Instant now = clock.instant();
				SimulatedTarget consented = target.consented(now, target.awaitingConsent() ? settlesAt(now) : target.settlesAt());
				targets.put(consented.targetId(), consented);
				save();
				return java.util.Optional.of(consented);
			}
		}
		return java.util.Optional.empty();
	}

	/** A gateway's targets, for its data plane; the gateway must exist. */
	synchronized List<SimulatedTarget> targetsOfGateway(String gatewayIdentifier) {
		settle();
		return targetsOf(requireGateway(gatewayIdentifier).gatewayId());
	}

	synchronized Snapshot snapshot() {
		settle();
		return new Snapshot(List.copyOf(gateways.values()), List.copyOf(targets.values()), stats.copy());
	}

	SimulatorStats stats() {
		return stats;
	}

	String region() {
		return settings.region();
	}

	String accountId() {
		return settings.accountId();
	}

	private void settle() {
		if (Transitions.settle(gateways, targets, stats, faults.faults(), clock.instant())) {
			save();
		}
	}

	private SimulatedGateway taggable(String resourceArn) {
		SimulatedGateway gateway = resourceArn.contains(":gateway/") ? gateways.get(resourceArn.substring(resourceArn.lastIndexOf('/') + 1))
				: null;
		if (gateway == null || !resourceArn.equals(WireFormat.gatewayArn(gateway.gatewayId(), region(), accountId()))) {
			throw AwsError.notFound("Resource " + resourceArn + " was not found");
		}
		return gateway;
	}

	private SimulatedGateway requireGateway(String identifier) {
		String id = identifier.contains(":gateway/") ? identifier.substring(identifier.lastIndexOf('/') + 1) : identifier;
		SimulatedGateway gateway = gateways.get(id);
		if (gateway == null) {
			throw AwsError.notFound("Gateway " + identifier + " was not found");
		}
		return gateway;
	}

	private SimulatedTarget requireTarget(SimulatedGateway gateway, String targetId) {
		SimulatedTarget target = targets.get(targetId);
		if (target == null || !target.gatewayId().equals(gateway.gatewayId())) {
			throw AwsError.notFound("Target " + targetId + " was not found in gateway " + gateway.gatewayId());
		}
		return target;
	}

	private static void requireGatewayReady(SimulatedGateway gateway) {
		if (gateway.inTransition()) {
			throw AwsError.conflict("Gateway " + gateway.gatewayId() + " is " + gateway.status()
					+ "; its targets can change once it is READY");
		}
		if (!gateway.status().equals("READY")) {
			throw AwsError.validation("Gateway " + gateway.gatewayId() + " is " + gateway.status()
					+ "; its targets can change only when it is READY");
		}
	}

	private static void requireSettled(boolean inTransition, String what, String status) {
		if (inTransition) {
			throw AwsError.conflict(what + " is " + status + "; retry when the operation in progress has completed");
		}
	}

	private List<SimulatedTarget> targetsOf(String gatewayId) {
		return targets.values().stream().filter(target -> target.gatewayId().equals(gatewayId)).toList();
	}

	private Instant settlesAt(Instant now) {
		return now.plus(faults.transitionDelay());
	}

	private static JsonNode withoutToken(JsonNode request) {
		ObjectNode copy = ((ObjectNode) request).deepCopy();
		copy.remove("clientToken");
		return copy;
	}

	private static String uniqueId(String prefix, boolean lowerOnly, Predicate<String> taken) {
		String alphabet = lowerOnly ? "abcdefghijklmnopqrstuvwxyz0123456789"
				: "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
		java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
		while (true) {
			StringBuilder id = new StringBuilder(prefix);
			for (int i = 0; i < 10; i++) {
				id.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			if (!taken.test(id.toString())) {
				return id.toString();
			}
		}
	}

	private void save() {
		stateFile.save(new SimulatorStateFile.State(List.copyOf(gateways.values()), List.copyOf(targets.values()),
				sequence));
	}

	record Snapshot(List<SimulatedGateway> gateways, List<SimulatedTarget> targets, SimulatorStats.View stats) {
	}

}
