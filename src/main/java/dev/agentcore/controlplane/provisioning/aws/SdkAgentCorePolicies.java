package dev.agentcore.controlplane.provisioning.aws;

import java.util.Objects;
import java.util.Optional;

import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreatePolicyEngineResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreatePolicyResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetPolicyEngineResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetPolicyResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ListPoliciesResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ListPolicyEnginesResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.PolicyDefinition;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.UpdatePolicyEngineResponse;
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
		CreatePolicyEngineResponse created = calls.mutating("CreatePolicyEngine", () -> aws()
			.createPolicyEngine(r -> r.name(desired.name()).description(desired.description()).clientToken(clientToken)));
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
		UpdatePolicyEngineResponse updated = calls.mutating("UpdatePolicyEngine",
				() -> aws().updatePolicyEngine(r -> r.policyEngineId(engineId).description(desired.description())));
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
		CreatePolicyResponse created = calls.mutating("CreatePolicy", () -> aws()
			.createPolicy(r -> r.policyEngineId(engineId)
				.name(desired.name())
				.description(desired.description())
				.definition(definition(desired))
				.validationMode(desired.validationMode())
				.clientToken(clientToken)));
		return new Call<>(new PolicyState(created.policyId(), created.policyArn(), created.statusAsString(),
				created.statusReasons(), true), created.responseMetadata().requestId());
	}

	@Override
	public Optional<PolicyState> observePolicy(String engineId, String policyId, DesiredPolicy desired) {
		return SdkCalls.absentIfNotFound(() -> {
			GetPolicyResponse found = calls.read("GetPolicy",
					() -> aws().getPolicy(r -> r.policyEngineId(engineId).policyId(policyId)));
			boolean matches = desired != null && Objects.equals(found.description(), desired.description())
					&& found.definition() != null && found.definition().cedar() != null
					&& AwsAnswers.sameStatement(found.definition().cedar().statement(), desired.statement());
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
		UpdatePolicyResponse updated = calls.mutating("UpdatePolicy", () -> aws()
			.updatePolicy(r -> r.policyEngineId(engineId)
				.policyId(policyId)
				.description(desired.description())
				.definition(definition(desired))
				.validationMode(desired.validationMode())));
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

	private static PolicyDefinition definition(DesiredPolicy desired) {
		return PolicyDefinition.fromCedar(cedar -> cedar.statement(desired.statement()));
	}

}
