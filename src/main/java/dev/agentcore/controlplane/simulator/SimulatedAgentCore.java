package dev.agentcore.controlplane.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

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

	/** Targets' ids: ten upper-case letters and digits. */
	private static final String TARGET_ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

	private final SimulatorSettings settings;

	private final FaultInjector faults;

	private final SimulatorStateFile stateFile;

	private final Clock clock;

	private final SimulatorStats stats = new SimulatorStats();

	private final SimulatedStore<SimulatedGateway> gateways;

	private final SimulatedStore<SimulatedTarget> targets;

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
		SimulatedStore.Timing timing = new SimulatedStore.Timing(clock, faults::transitionDelay, this::save);
		this.gateways = new SimulatedStore<>(Transitions.gateways(stats), state.gateways()).timed(timing);
		this.targets = new SimulatedStore<>(Transitions.targets(stats), state.targets()).timed(timing);
		this.sequence = state.sequence();
	}

	synchronized SimulatedGateway createGateway(GatewayInput spec, JsonNode request) {
		settle();
		Optional<SimulatedGateway> repeated = gateways.repeated(spec.clientToken(), request, gateway -> true);
		if (repeated.isPresent()) {
			return repeated.get();
		}
		if (gateways.any(gateway -> gateway.name().equals(spec.name()))) {
			throw AwsError.conflict("A gateway named " + spec.name() + " already exists in this account");
		}
		if (gateways.size() >= settings.gatewayLimit()) {
			throw AwsError.quotaExceeded("The account already has " + gateways.size()
					+ " gateways, the maximum allowed. Delete a gateway or request a quota increase.");
		}
		String id = SimulatedIds.unique(spec.name().toLowerCase(java.util.Locale.ROOT) + "-", SimulatedIds.MIXED,
				gateways::contains);
		stats.gatewaysCreated++;
		return gateways.start((now, settlesAt) -> new SimulatedGateway(++sequence, id, spec.name(), spec.members(),
				spec.tags(), "CREATING", List.of(), now, now, settlesAt, spec.clientToken(),
				SimulatedRequests.withoutToken(request)));
	}

	/** Whether this account and region holds the gateway (by id or ARN), whatever its status. */
	synchronized boolean holdsGateway(String identifier) {
		try {
			requireGateway(identifier);
			return true;
		}
		catch (AwsError ex) {
			return false;
		}
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
		SimulatedRequests.requireSettled(gateway.inTransition(), "Gateway " + gateway.gatewayId(), gateway.status());
		return gateways.start((now, settlesAt) -> gateway.withMembers(spec.members(), now, settlesAt));
	}

	synchronized SimulatedGateway deleteGateway(String identifier) {
		settle();
		SimulatedGateway gateway = requireGateway(identifier);
		SimulatedRequests.requireSettled(gateway.inTransition(), "Gateway " + gateway.gatewayId(), gateway.status());
		long count = targetsOf(gateway.gatewayId()).size();
		if (count > 0) {
			throw AwsError.conflict("Gateway " + gateway.gatewayId() + " has " + count
					+ " targets. Delete its targets before deleting the gateway.");
		}
		return gateways.start((now, settlesAt) -> gateway.withStatus("DELETING", List.of(), now, settlesAt));
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
		gateways.put(gateway.withTags(merged));
		save();
	}

	synchronized void untag(String resourceArn, List<String> keys) {
		settle();
		SimulatedGateway gateway = taggable(resourceArn);
		Map<String, String> remaining = new java.util.TreeMap<>(gateway.tags());
		keys.forEach(remaining::remove);
		gateways.put(gateway.withTags(remaining));
		save();
	}

	synchronized Pages.Page<SimulatedGateway> gateways(Integer maxResults, String nextToken) {
		settle();
		return gateways.page(gateway -> true, maxResults, nextToken);
	}

	/**
	 * @param consentBase where this simulator is reached (its context URL): an authorization-code target's consent
	 * URL is served there
	 */
	synchronized SimulatedTarget createTarget(String gatewayIdentifier, TargetInput spec, JsonNode request,
			String consentBase) {
		settle();
		SimulatedGateway gateway = requireGateway(gatewayIdentifier);
		Optional<SimulatedTarget> repeated = targets.repeated(spec.clientToken(), request,
				target -> target.gatewayId().equals(gateway.gatewayId()));
		if (repeated.isPresent()) {
			return repeated.get();
		}
		List<SimulatedTarget> siblings = targetsOf(gateway.gatewayId());
		requireGatewayReady(gateway);
		TargetStates.pairsWith(gateway, spec);
		if (siblings.stream().anyMatch(target -> target.name().equals(spec.name()))) {
			throw AwsError.conflict("A target named " + spec.name() + " already exists in gateway " + gateway.gatewayId());
		}
		if (siblings.size() >= settings.targetsPerGateway()) {
			throw AwsError.quotaExceeded("Gateway " + gateway.gatewayId() + " already has " + siblings.size()
					+ " targets, the maximum allowed.");
		}
		String id = SimulatedIds.unique("", TARGET_ID_ALPHABET, targets::contains);
		stats.targetsCreated++;
		return targets.start((now, settlesAt) -> new SimulatedTarget(++sequence, gateway.gatewayId(), id, spec.name(),
				spec.members(), "CREATING", List.of(), now, now, null, settlesAt, spec.clientToken(),
				SimulatedRequests.withoutToken(request),
				SimulatedTarget.needsConsent(spec.members()) ? TargetStates.consent(consentBase, spec) : null));
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
		SimulatedRequests.requireSettled(target.inTransition(), "Target " + target.targetId(), target.status());
		TargetStates.pairsWith(gateway, spec);
		// A consent holds for the credentials it was given for; other credentials need a new one.
		SimulatedTarget.Consent consent = !SimulatedTarget.needsConsent(spec.members()) ? null
				: target.consent() != null && target.consent().credentials().equals(SimulatedTarget.credentials(spec.members()))
						? target.consent() : TargetStates.consent(target.consent() == null ? "" : TargetStates.base(target.consent().url()), spec);
		return targets.start((now, settlesAt) -> target.withMembers(spec.members(), consent, now, settlesAt));
	}

	synchronized SimulatedTarget deleteTarget(String gatewayIdentifier, String targetId) {
		settle();
		SimulatedGateway gateway = requireGateway(gatewayIdentifier);
		SimulatedTarget target = requireTarget(gateway, targetId);
		TargetStates.requireNoConsentAwaited(target);
		SimulatedRequests.requireSettled(target.inTransition(), "Target " + target.targetId(), target.status());
		return targets.start((now, settlesAt) -> target.withStatus("DELETING", List.of(), now, settlesAt));
	}

	synchronized Pages.Page<SimulatedTarget> targets(String gatewayIdentifier, Integer maxResults, String nextToken) {
		settle();
		SimulatedGateway gateway = requireGateway(gatewayIdentifier);
		return targets.page(target -> target.gatewayId().equals(gateway.gatewayId()), maxResults, nextToken);
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
			SimulatedRequests.requireSettled(target.inTransition(), "Target " + target.targetId(), target.status());
			chosen.add(target);
		}
		return chosen.stream().map(target -> targets.start(target::synchronizing)).toList();
	}

	/** A person opened the consent URL: the target waiting for it carries on. Empty when no target waits on it. */
	synchronized Optional<SimulatedTarget> consent(String token) {
		settle();
		for (SimulatedTarget target : targets.all()) {
			if (target.consent() != null && target.consent().token().equals(token)) {
				if (target.consent().given()) {
					return Optional.of(target);
				}
				return Optional.of(targets.start((now, settlesAt) -> target.consented(now,
						target.awaitingConsent() ? settlesAt : target.settlesAt())));
			}
		}
		return Optional.empty();
	}

	/** A gateway's targets, for its data plane; the gateway must exist. */
	synchronized List<SimulatedTarget> targetsOfGateway(String gatewayIdentifier) {
		settle();
		return targetsOf(requireGateway(gatewayIdentifier).gatewayId());
	}

	synchronized Snapshot snapshot() {
		settle();
		return new Snapshot(gateways.all(), targets.all(), stats.copy());
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
		Instant now = clock.instant();
		Faults current = faults.faults();
		boolean targetsSettled = targets.settle(now, current);
		if (gateways.settle(now, current) | targetsSettled) {
			save();
		}
	}

	private SimulatedGateway taggable(String resourceArn) {
		SimulatedGateway gateway = resourceArn.contains(":gateway/")
				? gateways.find(resourceArn.substring(resourceArn.lastIndexOf('/') + 1)).orElse(null) : null;
		if (gateway == null || !resourceArn.equals(WireFormat.gatewayArn(gateway.gatewayId(), region(), accountId()))) {
			throw AwsError.notFound("Resource " + resourceArn + " was not found");
		}
		return gateway;
	}

	private SimulatedGateway requireGateway(String identifier) {
		String id = identifier.contains(":gateway/") ? identifier.substring(identifier.lastIndexOf('/') + 1) : identifier;
		return gateways.find(id).orElseThrow(() -> AwsError.notFound("Gateway " + identifier + " was not found"));
	}

	private SimulatedTarget requireTarget(SimulatedGateway gateway, String targetId) {
		return targets.find(targetId)
			.filter(target -> target.gatewayId().equals(gateway.gatewayId()))
			.orElseThrow(() -> AwsError.notFound("Target " + targetId + " was not found in gateway " + gateway.gatewayId()));
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

	private List<SimulatedTarget> targetsOf(String gatewayId) {
		return targets.matching(target -> target.gatewayId().equals(gatewayId));
	}

	private void save() {
		stateFile.save(new SimulatorStateFile.State(gateways.all(), targets.all(), sequence));
	}

	record Snapshot(List<SimulatedGateway> gateways, List<SimulatedTarget> targets, SimulatorStats.View stats) {
	}

}
