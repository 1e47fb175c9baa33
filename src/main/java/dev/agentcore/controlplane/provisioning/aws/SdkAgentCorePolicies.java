package dev.agentcore.controlplane.provisioning.aws;

import java.util.Objects;
import java.util.Optional;

import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreatePolicyEngineRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreatePolicyEngineResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreatePolicyRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreatePolicyResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetPolicyEngineResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetPolicyRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetPolicyResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ListPoliciesResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ListPolicyEnginesResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.UpdatePolicyEngineRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.UpdatePolicyEngineResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.UpdatePolicyRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.UpdatePolicyResponse;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.provisioning.AgentCore.Call;
import dev.agentcore.controlplane.provisioning.AgentCorePolicies;
import dev.agentcore.controlplane.provisioning.DesiredPolicy;
import dev.agentcore.controlplane.provisioning.DesiredPolicyEngine;
import dev.agentcore.controlplane.servicemodel.AwsAnswers;

/** {@link AgentCorePolicies} through the AWS SDK for Java v2 (bedrockagentcorecontrol's Policy operations). */
@Component
class SdkAgentCorePolicies implements AgentCorePolicies {

	private final AgentCoreClients clients;

	private final SdkCalls calls;

	SdkAgentCorePolicies(AgentCoreClients clients, SdkCalls calls) {
		this.clients = clients;
		this.calls = calls;
	}

	@Override
	public Call<Engine> createEngine(DesiredPolicyEngine desired, String clientToken) {
		CreatePolicyEngineRequest request = PolicyRequests.createEngine(desired, clientToken).request();
		CreatePolicyEngineResponse created = calls.mutating("CreatePolicyEngine", () -> aws().createPolicyEngine(request));
		return new Call<>(new Engine(created.policyEngineId(), created.policyEngineArn(), created.statusAsString(),
				created.statusReasons(), true), created.responseMetadata().requestId());
	}

	@Override
	public Optional<Engine> observeEngine(String engineId, DesiredPolicyEngine desired) {
		return SdkCalls.absentIfNotFound(() -> {
			GetPolicyEngineResponse found = calls.read("GetPolicyEngine",
					() -> aws().getPolicyEngine(r -> r.policyEngineId(engineId)));
			return new Engine(found.policyEngineId(), found.policyEngineArn(), found.statusAsString(), found.statusReasons(),
					desired != null && Objects.equals(found.description(), desired.description()));
		});
	}

	@Override
	public Optional<Engine> findEngineByName(String name, DesiredPolicyEngine desired) {
		return SdkCalls.idByName(name, token -> calls.read("ListPolicyEngines",
				() -> aws().listPolicyEngines(r -> r.maxResults(100).nextToken(token))),
				ListPolicyEnginesResponse::policyEngines, ListPolicyEnginesResponse::nextToken,
				engine -> engine.name(), engine -> engine.policyEngineId())
			.flatMap(id -> observeEngine(id, desired));
	}

	@Override
	public Call<Engine> updateEngine(String engineId, DesiredPolicyEngine desired) {
		UpdatePolicyEngineRequest request = PolicyRequests.updateEngine(engineId, desired).request();
		UpdatePolicyEngineResponse updated = calls.mutating("UpdatePolicyEngine", () -> aws().updatePolicyEngine(request));
		return new Call<>(new Engine(updated.policyEngineId(), updated.policyEngineArn(), updated.statusAsString(),
				updated.statusReasons(), true), updated.responseMetadata().requestId());
	}

	@Override
	public Call<Void> deleteEngine(String engineId) {
		return new Call<>(null, calls.deleteIfPresent("DeletePolicyEngine",
				() -> aws().deletePolicyEngine(r -> r.policyEngineId(engineId)).responseMetadata().requestId()));
	}

	@Override
	public Call<PolicyState> createPolicy(String engineId, DesiredPolicy desired, String clientToken) {
		CreatePolicyRequest request = PolicyRequests.createPolicy(engineId, desired, clientToken).request();
		CreatePolicyResponse created = calls.mutating("CreatePolicy", () -> aws().createPolicy(request));
		return new Call<>(new PolicyState(created.policyId(), created.policyArn(), created.statusAsString(),
				created.statusReasons(), true), created.responseMetadata().requestId());
	}

	@Override
	public Optional<PolicyState> observePolicy(String engineId, String policyId, DesiredPolicy desired) {
		return SdkCalls.absentIfNotFound(() -> {
			MemberShim.Exchange raw = MemberShim.Exchange.reading();
			GetPolicyRequest request = MemberShim.attach(
					GetPolicyRequest.builder().policyEngineId(engineId).policyId(policyId).build(), raw);
			GetPolicyResponse found = calls.read("GetPolicy", () -> aws().getPolicy(request));
			boolean matches = desired != null && Objects.equals(found.description(), desired.description())
					&& found.definition() != null && found.definition().cedar() != null
					&& AwsAnswers.sameStatement(found.definition().cedar().statement(), desired.statement())
					&& PolicyRequests.sameEnforcement(raw.received(), desired);
			return new PolicyState(found.policyId(), found.policyArn(), found.statusAsString(), found.statusReasons(),
					matches);
		});
	}

	@Override
	public Optional<PolicyState> findPolicyByName(String engineId, String name, DesiredPolicy desired) {
		return SdkCalls.idByName(name, token -> calls.read("ListPolicies",
				() -> aws().listPolicies(r -> r.policyEngineId(engineId).maxResults(100).nextToken(token))),
				ListPoliciesResponse::policies, ListPoliciesResponse::nextToken, policy -> policy.name(),
				policy -> policy.policyId())
			.flatMap(id -> observePolicy(engineId, id, desired));
	}

	@Override
	public Call<PolicyState> updatePolicy(String engineId, String policyId, DesiredPolicy desired) {
		UpdatePolicyRequest request = PolicyRequests.updatePolicy(engineId, policyId, desired).request();
		UpdatePolicyResponse updated = calls.mutating("UpdatePolicy", () -> aws().updatePolicy(request));
		return new Call<>(new PolicyState(updated.policyId(), updated.policyArn(), updated.statusAsString(),
				updated.statusReasons(), true), updated.responseMetadata().requestId());
	}

	@Override
	public Call<Void> deletePolicy(String engineId, String policyId) {
		return new Call<>(null, calls.deleteIfPresent("DeletePolicy",
				() -> aws().deletePolicy(r -> r.policyEngineId(engineId).policyId(policyId)).responseMetadata().requestId()));
	}

	private BedrockAgentCoreControlClient aws() {
		return clients.get();
	}

}
