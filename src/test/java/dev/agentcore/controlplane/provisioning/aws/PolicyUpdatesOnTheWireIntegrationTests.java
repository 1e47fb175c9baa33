package dev.agentcore.controlplane.provisioning.aws;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetPolicyResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.PolicyDefinition;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.UpdatePolicyRequest;

import dev.agentcore.controlplane.provisioning.DesiredPolicy;
import dev.agentcore.controlplane.provisioning.DesiredPolicyEngine;
import dev.agentcore.controlplane.provisioning.aws.StandaloneSimulator.Sent;

import static dev.agentcore.controlplane.provisioning.aws.StandaloneSimulator.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * UpdatePolicy and UpdatePolicyEngine on the wire, as the model binds them since 2026-03: PATCH, the
 * description wrapped ({@code {"optionalValue": ...}}), a member left out unchanged, the bare wrapper
 * clearing it; sent by the provisioner's own client (SDK 2.40.2 and its member shim), signed over the
 * final method and body, and served by the simulator with PATCH semantics only.
 */
class PolicyUpdatesOnTheWireIntegrationTests {

	static final String FORBID = "forbid(principal, action, resource is AgentCore::Gateway) when { context has input };";

	static final String PERMIT = "permit(principal, action, resource is AgentCore::Gateway) when { context has input };";

	static StandaloneSimulator simulator;

	static BedrockAgentCoreControlClient aws;

	@BeforeAll
	static void start() {
		simulator = new StandaloneSimulator();
		aws = simulator.client();
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@Test
	void anEngineUpdateIsAPatchWithTheDescriptionWrappedAndTheBareWrapperClearsIt() {
		String name = "wire_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		String engineId = aws.createPolicyEngine(r -> r.name(name).description("first")).policyEngineId();
		awaitEngineActive(engineId);
		simulator.drainSent();

		aws.updatePolicyEngine(PolicyRequests.updateEngine(engineId, new DesiredPolicyEngine(name, "second")).request());
		Sent patch = simulator.drainSent().getFirst();
		assertThat(patch.request().method().name()).isEqualTo("PATCH");
		assertThat(MemberShim.JSON.readTree(patch.body()).get("description"))
			.isEqualTo(MemberShim.JSON.readTree("{\"optionalValue\": \"second\"}"));
		assertThat(patch.request().firstMatchingHeader("Authorization")).as("signed over the PATCH and its final body")
			.contains(Signatures.over(patch.request(), patch.body()));
		awaitEngineActive(engineId);
		assertThat(aws.getPolicyEngine(r -> r.policyEngineId(engineId)).description()).isEqualTo("second");

		simulator.drainSent();
		aws.updatePolicyEngine(PolicyRequests.updateEngine(engineId, new DesiredPolicyEngine(name, null)).request());
		assertThat(simulator.drainSent().getFirst().bodyText()).contains("\"description\":{}");
		awaitEngineActive(engineId);
		assertThat(aws.getPolicyEngine(r -> r.policyEngineId(engineId)).description()).as("cleared").isNull();
	}

	@Test
	void aPolicyUpdateLeavingTheDescriptionOutKeepsItAndAPutIsNoOperation() {
		String name = "wirepol_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		String engineId = aws.createPolicyEngine(r -> r.name(name)).policyEngineId();
		awaitEngineActive(engineId);
		String policyId = aws.createPolicy(r -> r.policyEngineId(engineId).name(name).description("kept")
			.definition(PolicyDefinition.fromCedar(c -> c.statement(FORBID)))).policyId();
		awaitPolicyActive(engineId, policyId);

		UpdatePolicyRequest withoutDescription = MemberShim.attach(UpdatePolicyRequest.builder()
			.policyEngineId(engineId).policyId(policyId)
			.definition(PolicyDefinition.fromCedar(c -> c.statement(PERMIT))).build(),
				MemberShim.Exchange.patching(MemberShim.JSON.createObjectNode()));
		aws.updatePolicy(withoutDescription);
		GetPolicyResponse patched = awaitPolicyActive(engineId, policyId);
		assertThat(patched.description()).as("left out: unchanged").isEqualTo("kept");
		assertThat(patched.definition().cedar().statement()).isEqualTo(PERMIT);

		aws.updatePolicy(PolicyRequests.updatePolicy(engineId, policyId,
				new DesiredPolicy(name, "changed", FORBID, "FAIL_ON_ANY_FINDINGS", "ACTIVE")).request());
		GetPolicyResponse changed = awaitPolicyActive(engineId, policyId);
		assertThat(changed.description()).isEqualTo("changed");
		assertThat(changed.definition().cedar().statement()).isEqualTo(FORBID);

		AwsServiceException put = catchThrowableOfType(AwsServiceException.class,
				() -> aws.updatePolicy(r -> r.policyEngineId(engineId).policyId(policyId).description("plain")));
		assertThat(put.statusCode()).as("SDK 2.40.2's own binding (PUT) reaches no operation").isEqualTo(405);
		assertThat(put.awsErrorDetails().errorCode()).isEqualTo("UnknownOperationException");
		assertThat(AwsFailures.retryable(put.awsErrorDetails().errorCode(), put.statusCode(), put.getMessage())).isFalse();
		assertThat(aws.getPolicy(r -> r.policyEngineId(engineId).policyId(policyId)).description()).isEqualTo("changed");
	}

	private static void awaitEngineActive(String engineId) {
		await(() -> aws.getPolicyEngine(r -> r.policyEngineId(engineId)).statusAsString().equals("ACTIVE") ? true : null);
	}

	private static GetPolicyResponse awaitPolicyActive(String engineId, String policyId) {
		return await(() -> {
			GetPolicyResponse policy = aws.getPolicy(r -> r.policyEngineId(engineId).policyId(policyId));
			return policy.statusAsString().equals("ACTIVE") ? policy : null;
		});
	}

}
