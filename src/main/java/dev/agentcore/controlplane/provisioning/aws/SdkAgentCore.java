package dev.agentcore.controlplane.provisioning.aws;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreateGatewayResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreateGatewayTargetResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.BedrockAgentCoreControlResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GatewaySummary;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetGatewayResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetGatewayTargetResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ListGatewayTargetsResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ListGatewaysResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.TargetSummary;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.UpdateGatewayResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.UpdateGatewayTargetResponse;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.provisioning.AgentCore;
import dev.agentcore.controlplane.provisioning.AgentCoreFailure;
import dev.agentcore.controlplane.provisioning.DesiredGateway;
import dev.agentcore.controlplane.provisioning.DesiredTarget;
import dev.agentcore.controlplane.provisioning.RateLimits;

/**
 * {@link AgentCore} through the AWS SDK for Java v2: every call within the client-side quotas,
 * timed by operation and outcome, and its failures classified.
 */
@Component
class SdkAgentCore implements AgentCore {

	private final AgentCoreClients clients;

	private final RateLimits limits;

	private final MeterRegistry meters;

	SdkAgentCore(AgentCoreClients clients, RateLimits limits, MeterRegistry meters) {
		this.clients = clients;
		this.limits = limits;
		this.meters = meters;
	}

	@Override
	public Call<Gateway> createGateway(DesiredGateway desired, String clientToken) {
		CreateGatewayResponse created = mutating("CreateGateway",
				() -> aws().createGateway(GatewayRequests.create(desired, clientToken)));
		return new Call<>(new Gateway(created.gatewayId(), created.gatewayArn(), created.gatewayUrl(),
				created.statusAsString(), created.statusReasons(), true), created.responseMetadata().requestId());
	}

	@Override
	public Optional<Gateway> observeGateway(String gatewayId, DesiredGateway desired) {
		return absentIfNotFound(() -> {
			GetGatewayResponse found = read("GetGateway", () -> aws().getGateway(r -> r.gatewayIdentifier(gatewayId)));
			return new Gateway(found.gatewayId(), found.gatewayArn(), found.gatewayUrl(), found.statusAsString(),
					found.statusReasons(), desired != null && GatewayRequests.matches(found, desired));
		});
	}

	@Override
	public Optional<Gateway> findGatewayByName(String name, DesiredGateway desired) {
		return idByName(name, token -> read("ListGateways", () -> aws().listGateways(r -> r.maxResults(100).nextToken(token))),
				ListGatewaysResponse::items, ListGatewaysResponse::nextToken, GatewaySummary::name, GatewaySummary::gatewayId)
			.flatMap(id -> observeGateway(id, desired));
	}

	@Override
	public Call<Gateway> updateGateway(String gatewayId, DesiredGateway desired) {
		UpdateGatewayResponse updated = mutating("UpdateGateway",
				() -> aws().updateGateway(GatewayRequests.update(gatewayId, desired)));
		return new Call<>(new Gateway(updated.gatewayId(), updated.gatewayArn(), updated.gatewayUrl(),
				updated.statusAsString(), updated.statusReasons(), true), updated.responseMetadata().requestId());
	}

	@Override
	public Call<Void> deleteGateway(String gatewayId) {
		return deleteIfPresent("DeleteGateway", () -> aws().deleteGateway(r -> r.gatewayIdentifier(gatewayId)));
	}

	@Override
	public Call<Target> createTarget(String gatewayId, DesiredTarget desired, String clientToken) {
		CreateGatewayTargetResponse created = mutating("CreateGatewayTarget",
				() -> aws().createGatewayTarget(TargetRequests.create(gatewayId, desired, clientToken)));
		return new Call<>(new Target(created.targetId(), created.statusAsString(), created.statusReasons(),
				created.lastSynchronizedAt(), true), created.responseMetadata().requestId());
	}

	@Override
	public Optional<Target> observeTarget(String gatewayId, String targetId, DesiredTarget desired) {
		return absentIfNotFound(() -> {
			GetGatewayTargetResponse found = read("GetGatewayTarget",
					() -> aws().getGatewayTarget(r -> r.gatewayIdentifier(gatewayId).targetId(targetId)));
			return new Target(found.targetId(), found.statusAsString(), found.statusReasons(), found.lastSynchronizedAt(),
					TargetRequests.matches(found, desired));
		});
	}

	@Override
	public Optional<Target> findTargetByName(String gatewayId, String name, DesiredTarget desired) {
		return idByName(name, token -> read("ListGatewayTargets",
				() -> aws().listGatewayTargets(r -> r.gatewayIdentifier(gatewayId).maxResults(100).nextToken(token))),
				ListGatewayTargetsResponse::items, ListGatewayTargetsResponse::nextToken, TargetSummary::name,
				TargetSummary::targetId)
			.flatMap(id -> observeTarget(gatewayId, id, desired));
	}

	@Override
	public Call<Target> updateTarget(String gatewayId, String targetId, DesiredTarget desired) {
		UpdateGatewayTargetResponse updated = mutating("UpdateGatewayTarget",
				() -> aws().updateGatewayTarget(TargetRequests.update(gatewayId, targetId, desired)));
		return new Call<>(new Target(updated.targetId(), updated.statusAsString(), updated.statusReasons(),
				updated.lastSynchronizedAt(), true), updated.responseMetadata().requestId());
	}

	@Override
	public Call<Void> deleteTarget(String gatewayId, String targetId) {
		return deleteIfPresent("DeleteGatewayTarget",
				() -> aws().deleteGatewayTarget(r -> r.gatewayIdentifier(gatewayId).targetId(targetId)));
	}

	@Override
	public Call<Void> synchronizeTarget(String gatewayId, String targetId) {
		var synchronizing = mutating("SynchronizeGatewayTargets",
				() -> aws().synchronizeGatewayTargets(r -> r.gatewayIdentifier(gatewayId).targetIdList(targetId)));
		return new Call<>(null, synchronizing.responseMetadata().requestId());
	}

	/** A delete; what is already gone counts as deleted. */
	private Call<Void> deleteIfPresent(String operation, Supplier<? extends BedrockAgentCoreControlResponse> delete) {
		try {
			return new Call<>(null, mutating(operation, delete).responseMetadata().requestId());
		}
		catch (AgentCoreFailure ex) {
			if (ex.isNotFound()) {
				return new Call<>(null, ex.requestId());
			}
			throw ex;
		}
	}

	/** Walks a paginated list for the item with {@code name} (names are unique where AgentCore lists them). */
	private static <P, S> Optional<String> idByName(String name, Function<String, P> page, Function<P, List<S>> items,
			Function<P, String> nextToken, Function<S, String> nameOf, Function<S, String> idOf) {
		String token = null;
		do {
			P current = page.apply(token);
			for (S item : items.apply(current)) {
				if (nameOf.apply(item).equals(name)) {
					return Optional.of(idOf.apply(item));
				}
			}
			token = nextToken.apply(current);
		}
		while (token != null);
		return Optional.empty();
	}

	private BedrockAgentCoreControlClient aws() {
		return clients.get();
	}

	private <T> T mutating(String operation, Supplier<T> call) {
		limits.beforeMutatingCall();
		return timed(operation, call);
	}

	private <T> T read(String operation, Supplier<T> call) {
		limits.beforeReadCall();
		return timed(operation, call);
	}

	private <T> T timed(String operation, Supplier<T> call) {
		Timer.Sample sample = Timer.start(meters);
		String outcome = "success";
		try {
			return AwsFailures.translate(call);
		}
		catch (AgentCoreFailure ex) {
			outcome = ex.errorType();
			throw ex;
		}
		finally {
			sample.stop(Timer.builder("controlplane.aws.calls")
				.description("AgentCore calls by operation and outcome")
				.tags("operation", operation, "outcome", outcome)
				.register(meters));
		}
	}

	private static <T> Optional<T> absentIfNotFound(Supplier<T> observation) {
		try {
			return Optional.of(observation.get());
		}
		catch (AgentCoreFailure ex) {
			if (ex.isNotFound()) {
				return Optional.empty();
			}
			throw ex;
		}
	}

}
