package dev.agentcore.controlplane.provisioning.aws;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreateGatewayRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreateGatewayResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreateGatewayTargetRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreateGatewayTargetResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GatewaySummary;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetGatewayRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetGatewayResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetGatewayTargetRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetGatewayTargetResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetWorkloadIdentityResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ListGatewayTargetsResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ListGatewaysResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.TargetSummary;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.UpdateGatewayRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.UpdateGatewayResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.UpdateGatewayTargetRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.UpdateGatewayTargetResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.UpdateWorkloadIdentityResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.WorkloadIdentityDetails;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.provisioning.AgentCore;
import dev.agentcore.controlplane.provisioning.DesiredGateway;
import dev.agentcore.controlplane.provisioning.DesiredTarget;

/** {@link AgentCore} through the AWS SDK for Java v2 (see {@link SdkCalls} for how each call is made). */
@Component
class SdkAgentCore implements AgentCore {

	private final AgentCoreClients clients;

	private final SdkCalls calls;

	SdkAgentCore(AgentCoreClients clients, SdkCalls calls) {
		this.clients = clients;
		this.calls = calls;
	}

	@Override
	public Call<Gateway> createGateway(DesiredGateway desired, String clientToken) {
		Shimmed<CreateGatewayRequest> request = GatewayRequests.create(desired, clientToken);
		CreateGatewayResponse created = calls.mutating("CreateGateway", () -> aws().createGateway(request.request()));
		return new Call<>(new Gateway(created.gatewayId(), created.gatewayArn(), created.gatewayUrl(),
				created.statusAsString(), created.statusReasons(), workloadIdentity(created.workloadIdentityDetails()),
				List.of(), List.of()), created.responseMetadata().requestId());
	}

	@Override
	public Optional<Gateway> observeGateway(String gatewayId, DesiredGateway desired) {
		return SdkCalls.absentIfNotFound(() -> {
			MemberShim.Exchange exchange = MemberShim.Exchange.reading();
			GetGatewayResponse found = getGateway(gatewayId, exchange);
			return new Gateway(found.gatewayId(), found.gatewayArn(), found.gatewayUrl(), found.statusAsString(),
					found.statusReasons(), workloadIdentity(found.workloadIdentityDetails()),
					desired == null ? List.of() : GatewayRequests.differences(found, exchange.received(), desired), List.of());
		});
	}

	@Override
	public Optional<Gateway> findGatewayByName(String name, DesiredGateway desired) {
		return SdkCalls
			.idByName(name, token -> calls.read("ListGateways", () -> aws().listGateways(r -> r.maxResults(100).nextToken(token))),
					ListGatewaysResponse::items, ListGatewaysResponse::nextToken, GatewaySummary::name,
					GatewaySummary::gatewayId)
			.flatMap(id -> observeGateway(id, desired));
	}

	@Override
	public Call<Gateway> updateGateway(String gatewayId, DesiredGateway desired) {
		MemberShim.Exchange observed = MemberShim.Exchange.reading();
		getGateway(gatewayId, observed);
		Shimmed<UpdateGatewayRequest> request = GatewayRequests.update(gatewayId, desired, observed.received());
		UpdateGatewayResponse updated = calls.mutating("UpdateGateway", () -> aws().updateGateway(request.request()));
		return new Call<>(new Gateway(updated.gatewayId(), updated.gatewayArn(), updated.gatewayUrl(),
				updated.statusAsString(), updated.statusReasons(), workloadIdentity(updated.workloadIdentityDetails()),
				List.of(), request.kept()), updated.responseMetadata().requestId());
	}

	@Override
	public Call<Void> deleteGateway(String gatewayId) {
		return new Call<>(null, calls.deleteIfPresent("DeleteGateway",
				() -> aws().deleteGateway(r -> r.gatewayIdentifier(gatewayId)).responseMetadata().requestId()));
	}

	@Override
	public Call<String> convergeTags(String resourceArn, Map<String, String> desired) {
		return TagConvergence.converge(calls, aws(), resourceArn, desired);
	}

	@Override
	public Call<Target> createTarget(String gatewayId, DesiredTarget desired, String clientToken) {
		Shimmed<CreateGatewayTargetRequest> request = TargetRequests.create(gatewayId, desired, clientToken);
		CreateGatewayTargetResponse created = calls.mutating("CreateGatewayTarget",
				() -> aws().createGatewayTarget(request.request()));
		return new Call<>(target(created.targetId(), created.statusAsString(), created.statusReasons(),
				created.lastSynchronizedAt(), request.exchange().received(), List.of(), List.of()),
				created.responseMetadata().requestId());
	}

	@Override
	public Optional<Target> observeTarget(String gatewayId, String targetId, DesiredTarget desired) {
		return SdkCalls.absentIfNotFound(() -> {
			MemberShim.Exchange exchange = MemberShim.Exchange.reading();
			GetGatewayTargetResponse found = getTarget(gatewayId, targetId, exchange);
			return target(found.targetId(), found.statusAsString(), found.statusReasons(), found.lastSynchronizedAt(),
					exchange.received(),
					desired == null ? List.of() : TargetRequests.differences(found, exchange.received(), desired), List.of());
		});
	}

	@Override
	public Optional<Target> findTargetByName(String gatewayId, String name, DesiredTarget desired) {
		return SdkCalls.idByName(name, token -> calls.read("ListGatewayTargets",
				() -> aws().listGatewayTargets(r -> r.gatewayIdentifier(gatewayId).maxResults(100).nextToken(token))),
				ListGatewayTargetsResponse::items, ListGatewayTargetsResponse::nextToken, TargetSummary::name,
				TargetSummary::targetId)
			.flatMap(id -> observeTarget(gatewayId, id, desired));
	}

	@Override
	public Call<Target> updateTarget(String gatewayId, String targetId, DesiredTarget desired) {
		MemberShim.Exchange observed = MemberShim.Exchange.reading();
		getTarget(gatewayId, targetId, observed);
		Shimmed<UpdateGatewayTargetRequest> request = TargetRequests.update(gatewayId, targetId, desired, observed.received());
		UpdateGatewayTargetResponse updated = calls.mutating("UpdateGatewayTarget",
				() -> aws().updateGatewayTarget(request.request()));
		return new Call<>(target(updated.targetId(), updated.statusAsString(), updated.statusReasons(),
				updated.lastSynchronizedAt(), request.exchange().received(), List.of(), request.kept()),
				updated.responseMetadata().requestId());
	}

	@Override
	public Call<Void> deleteTarget(String gatewayId, String targetId) {
		return new Call<>(null, calls.deleteIfPresent("DeleteGatewayTarget", () -> aws()
			.deleteGatewayTarget(r -> r.gatewayIdentifier(gatewayId).targetId(targetId))
			.responseMetadata()
			.requestId()));
	}

	@Override
	public Call<String> convergeReturnUrls(String workloadIdentityArn, List<String> desired) {
		String name = workloadIdentityArn.substring(workloadIdentityArn.lastIndexOf('/') + 1);
		GetWorkloadIdentityResponse held = calls.read("GetWorkloadIdentity", () -> aws().getWorkloadIdentity(r -> r.name(name)));
		List<String> allowed = held.hasAllowedResourceOauth2ReturnUrls() ? held.allowedResourceOauth2ReturnUrls() : List.of();
		if (new java.util.HashSet<>(allowed).equals(new java.util.HashSet<>(desired))) {
			return new Call<>(null, held.responseMetadata().requestId());
		}
		UpdateWorkloadIdentityResponse updated = calls.mutating("UpdateWorkloadIdentity",
				() -> aws().updateWorkloadIdentity(r -> r.name(name).allowedResourceOauth2ReturnUrls(desired)));
		return new Call<>("OAuth return URLs of workload identity " + name + " set to " + desired + " (were " + allowed + ")",
				updated.responseMetadata().requestId());
	}

	@Override
	public Call<Void> synchronizeTarget(String gatewayId, String targetId) {
		var synchronizing = calls.mutating("SynchronizeGatewayTargets",
				() -> aws().synchronizeGatewayTargets(r -> r.gatewayIdentifier(gatewayId).targetIdList(targetId)));
		return new Call<>(null, synchronizing.responseMetadata().requestId());
	}

	private GetGatewayTargetResponse getTarget(String gatewayId, String targetId, MemberShim.Exchange exchange) {
		GetGatewayTargetRequest request = MemberShim.attach(
				GetGatewayTargetRequest.builder().gatewayIdentifier(gatewayId).targetId(targetId).build(), exchange);
		return calls.read("GetGatewayTarget", () -> aws().getGatewayTarget(request));
	}

	private GetGatewayResponse getGateway(String gatewayId, MemberShim.Exchange exchange) {
		GetGatewayRequest request = MemberShim.attach(GetGatewayRequest.builder().gatewayIdentifier(gatewayId).build(),
				exchange);
		return calls.read("GetGateway", () -> aws().getGateway(request));
	}

	/** A target, with the consent AWS waits for (authorizationData, which the SDK does not read) from the raw answer. */
	private static Target target(String id, String status, List<String> reasons, java.time.Instant synchronizedAt,
			JsonNode raw, List<String> differences, List<String> kept) {
		JsonNode oauth2 = raw.at("/authorizationData/oauth2");
		return new Target(id, status, reasons, synchronizedAt, oauth2.path("authorizationUrl").asString(null),
				oauth2.path("userId").asString(null), differences, kept, PrivateEndpoints.managedResources(raw));
	}

	private static String workloadIdentity(WorkloadIdentityDetails details) {
		return details == null ? null : details.workloadIdentityArn();
	}

	private BedrockAgentCoreControlClient aws() {
		return clients.get();
	}

}
