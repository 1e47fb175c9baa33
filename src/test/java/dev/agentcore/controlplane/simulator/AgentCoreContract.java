package dev.agentcore.controlplane.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AuthorizerType;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.BedrockAgentCoreControlException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ConflictException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreateGatewayResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreateGatewayTargetRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreateGatewayTargetResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CredentialProviderConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CredentialProviderType;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GatewayStatus;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GatewaySummary;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetGatewayResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetGatewayTargetResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ListGatewaysResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ResourceNotFoundException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.TargetStatus;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.UpdateGatewayRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ValidationException;

import static dev.agentcore.controlplane.simulator.AgentCoreFixtures.clientToken;
import static dev.agentcore.controlplane.simulator.AgentCoreFixtures.cognitoGateway;
import static dev.agentcore.controlplane.simulator.AgentCoreFixtures.lambdaTarget;
import static dev.agentcore.controlplane.simulator.AgentCoreFixtures.mcpServerTarget;
import static dev.agentcore.controlplane.simulator.AgentCoreFixtures.openApiInline;
import static dev.agentcore.controlplane.simulator.AgentCoreFixtures.openGateway;
import static dev.agentcore.controlplane.simulator.AgentCoreFixtures.smithyTargetFromS3;
import static dev.agentcore.controlplane.simulator.AgentCoreFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What AgentCore's gateway API does, asserted through the real AWS SDK client. Runs against
 * the simulator in every build, and against real AWS when someone opts in, so the simulator's
 * fidelity can be checked.
 */
abstract class AgentCoreContract {

	abstract BedrockAgentCoreControlClient client();

	abstract String roleArn();

	/** How long a transition may take here: real AWS takes seconds to minutes. */
	abstract Duration settleTimeout();

	@Test
	void createdGatewayGoesFromCreatingToReadyWithIdArnAndUrl() {
		String name = uniqueName("Contract");
		CreateGatewayResponse created = client().createGateway(openGateway(name, roleArn()).toBuilder()
			.clientToken(clientToken())
			.description("contract suite")
			.build());
		try {
			assertThat(created.status()).isEqualTo(GatewayStatus.CREATING);
			assertThat(created.gatewayId()).matches(name.toLowerCase() + "-[a-z0-9]{10}");
			assertThat(created.gatewayArn()).matches("arn:aws:bedrock-agentcore:[a-z0-9-]+:[0-9]{12}:gateway/" + created.gatewayId());
			assertThat(created.gatewayUrl())
				.matches("https://" + created.gatewayId() + "\\.gateway\\.bedrock-agentcore\\.[a-z0-9-]+\\.amazonaws\\.com/mcp");
			assertThat(created.createdAt()).isBefore(Instant.now().plusSeconds(5));
			GetGatewayResponse ready = awaitGateway(created.gatewayId(), GatewayStatus.READY);
			assertThat(ready.name()).isEqualTo(name);
			assertThat(ready.description()).isEqualTo("contract suite");
			assertThat(ready.authorizerType()).isEqualTo(AuthorizerType.NONE);
			assertThat(ready.sdkHttpResponse().statusCode()).isEqualTo(200);
			assertThat(ready.responseMetadata().requestId()).isNotBlank();
		}
		finally {
			deleteQuietly(created.gatewayId());
		}
	}

	@Test
	void unknownGatewayIsNotFound() {
		ResourceNotFoundException error = catchThrowableOfType(ResourceNotFoundException.class,
				() -> client().getGateway(request -> request.gatewayIdentifier("nothing-0123456789")));
		assertThat(error.statusCode()).isEqualTo(404);
		assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ResourceNotFoundException");
	}

	@Test
	void gatewayNamesAreUniqueInTheAccount() {
		String name = uniqueName("Twice");
		String id = client().createGateway(openGateway(name, roleArn())).gatewayId();
		try {
			ConflictException error = catchThrowableOfType(ConflictException.class,
					() -> client().createGateway(openGateway(name, roleArn())));
			assertThat(error.statusCode()).isEqualTo(409);
		}
		finally {
			deleteQuietly(id);
		}
	}

	@Test
	void repeatedClientTokenReturnsTheSameGatewayAndNeverASecond() {
		String name = uniqueName("Token");
		String token = clientToken();
		String first = client().createGateway(openGateway(name, roleArn()).toBuilder().clientToken(token).build())
			.gatewayId();
		try {
			String second = client().createGateway(openGateway(name, roleArn()).toBuilder().clientToken(token).build())
				.gatewayId();
			assertThat(second).isEqualTo(first);
			assertThat(allGateways().stream().filter(gateway -> gateway.name().equals(name))).hasSize(1);
		}
		finally {
			deleteQuietly(first);
		}
	}

	@Test
	void invalidRequestsAreValidationErrors() {
		assertValidation(() -> client().createGateway(openGateway("no_underscores", roleArn())));
		assertValidation(() -> client().createGateway(openGateway("x".repeat(49), roleArn())));
		assertValidation(() -> client().createGateway(openGateway(uniqueName("Role"), "arn:aws:iam::123:user/x")));
		assertValidation(() -> client().createGateway(
				openGateway(uniqueName("Jwt"), roleArn()).toBuilder().authorizerType(AuthorizerType.CUSTOM_JWT).build()));
		assertValidation(() -> client().createGateway(cognitoGateway(uniqueName("Iam"), roleArn()).toBuilder()
			.authorizerType(AuthorizerType.AWS_IAM)
			.build()));
		assertValidation(() -> client().createGateway(openGateway(uniqueName("Short"), roleArn()).toBuilder()
			.clientToken("too-short")
			.build()));
	}

	@Test
	void updateReplacesTheSpecButNeverTheNameOrAuthorizerType() {
		String name = uniqueName("Update");
		String id = client().createGateway(cognitoGateway(name, roleArn())).gatewayId();
		try {
			awaitGateway(id, GatewayStatus.READY);
			GetGatewayResponse current = client().getGateway(request -> request.gatewayIdentifier(id));
			UpdateGatewayRequest update = UpdateGatewayRequest.builder()
				.gatewayIdentifier(id)
				.name(name)
				.description("changed")
				.roleArn(current.roleArn())
				.protocolType(current.protocolType())
				.authorizerType(current.authorizerType())
				.authorizerConfiguration(current.authorizerConfiguration())
				.build();
			assertThat(client().updateGateway(update).status()).isEqualTo(GatewayStatus.UPDATING);
			assertThat(awaitGateway(id, GatewayStatus.READY).description()).isEqualTo("changed");
			assertValidation(() -> client().updateGateway(update.toBuilder().name(name + "x").build()));
			assertValidation(() -> client().updateGateway(update.toBuilder()
				.authorizerType(AuthorizerType.NONE)
				.authorizerConfiguration((software.amazon.awssdk.services.bedrockagentcorecontrol.model.AuthorizerConfiguration) null)
				.build()));
		}
		finally {
			deleteQuietly(id);
		}
	}

	@Test
	void targetsOfEveryKindBecomeReadyAndGatewayWithTargetsCannotBeDeleted() {
		String id = readyGateway("Targets");
		try {
			List<CreateGatewayTargetRequest> requests = List.of(
					mcpServerTarget(id, "mcp", "https://mcp.example.com/mcp"), lambdaTarget(id, "lambda"),
					smithyTargetFromS3(id, "smithy", "s3://my-models/service.json"),
					openApiInline(id, "openapi", "{\"openapi\":\"3.0.0\",\"info\":{\"title\":\"t\",\"version\":\"1\"},"
							+ "\"paths\":{\"/a\":{\"get\":{\"operationId\":\"getA\",\"responses\":{\"200\":{\"description\":\"ok\"}}}}}}"));
			for (CreateGatewayTargetRequest request : requests) {
				CreateGatewayTargetResponse created = client().createGatewayTarget(request);
				assertThat(created.status()).isEqualTo(TargetStatus.CREATING);
				assertThat(created.targetId()).matches("[0-9A-Z]{10}");
				awaitTarget(id, created.targetId(), TargetStatus.READY);
			}
			assertThat(client().listGatewayTargetsPaginator(request -> request.gatewayIdentifier(id).maxResults(3))
				.items()
				.stream()
				.map(summary -> summary.name())).containsExactlyInAnyOrder("mcp", "lambda", "smithy", "openapi");
			ConflictException blocked = catchThrowableOfType(ConflictException.class,
					() -> client().deleteGateway(request -> request.gatewayIdentifier(id)));
			assertThat(blocked.getMessage()).contains("targets");
		}
		finally {
			deleteQuietly(id);
		}
	}

	@Test
	void targetRulesAreEnforced() {
		String id = readyGateway("TargetInputRules");
		try {
			String first = client().createGatewayTarget(mcpServerTarget(id, "same", "https://a.example.com")).targetId();
			awaitTarget(id, first, TargetStatus.READY);
			assertThatThrownBy(() -> client().createGatewayTarget(mcpServerTarget(id, "same", "https://b.example.com")))
				.isInstanceOf(ConflictException.class);
			assertValidation(() -> client().createGatewayTarget(mcpServerTarget(id, "plain", "http://insecure.example.com")));
			assertValidation(() -> client().createGatewayTarget(smithyTargetFromS3(id, "bad-uri", "https://not-s3/x")));
			assertValidation(() -> client().createGatewayTarget(openApiInline(id, "huge", "x".repeat(1024 * 1024 + 1))));
			CredentialProviderConfiguration role = CredentialProviderConfiguration.builder()
				.credentialProviderType(CredentialProviderType.GATEWAY_IAM_ROLE)
				.build();
			assertValidation(() -> client().createGatewayTarget(
					lambdaTarget(id, "two-creds").toBuilder().credentialProviderConfigurations(role, role).build()));
			assertValidation(() -> client().createGatewayTarget(lambdaTarget(id, "oauth-no-provider").toBuilder()
				.credentialProviderConfigurations(
						CredentialProviderConfiguration.builder().credentialProviderType(CredentialProviderType.OAUTH).build())
				.build()));
		}
		finally {
			deleteQuietly(id);
		}
	}

	@Test
	void mcpServerTargetsSynchronizeAndOthersRefuse() {
		String id = readyGateway("Sync");
		try {
			String mcp = client().createGatewayTarget(mcpServerTarget(id, "mcp", "https://mcp.example.com")).targetId();
			String lambda = client().createGatewayTarget(lambdaTarget(id, "lambda")).targetId();
			awaitTarget(id, mcp, TargetStatus.READY);
			awaitTarget(id, lambda, TargetStatus.READY);
			assertThat(client().synchronizeGatewayTargets(request -> request.gatewayIdentifier(id).targetIdList(mcp))
				.targets()).singleElement().satisfies(target -> assertThat(target.status()).isEqualTo(TargetStatus.SYNCHRONIZING));
			assertThat(awaitTarget(id, mcp, TargetStatus.READY).lastSynchronizedAt()).isNotNull();
			assertValidation(() -> client().synchronizeGatewayTargets(request -> request.gatewayIdentifier(id).targetIdList(lambda)));
		}
		finally {
			deleteQuietly(id);
		}
	}

	@Test
	void deletionRemovesTargetsThenTheGateway() {
		String id = readyGateway("Delete");
		String target = client().createGatewayTarget(lambdaTarget(id, "lambda")).targetId();
		awaitTarget(id, target, TargetStatus.READY);
		assertThat(client().deleteGatewayTarget(request -> request.gatewayIdentifier(id).targetId(target)).status())
			.isEqualTo(TargetStatus.DELETING);
		await(() -> isGone(() -> client().getGatewayTarget(request -> request.gatewayIdentifier(id).targetId(target))));
		assertThat(client().deleteGateway(request -> request.gatewayIdentifier(id)).status()).isEqualTo(GatewayStatus.DELETING);
		await(() -> isGone(() -> client().getGateway(request -> request.gatewayIdentifier(id))));
	}

	@Test
	void listsArePaginatedWithNextToken() {
		List<String> ids = List.of(readyGateway("PageA"), readyGateway("PageB"), readyGateway("PageC"));
		try {
			ListGatewaysResponse first = client().listGateways(request -> request.maxResults(2));
			assertThat(first.items()).hasSize(2);
			assertThat(first.nextToken()).isNotBlank();
			List<String> all = allGateways().stream().map(GatewaySummary::gatewayId).toList();
			assertThat(all).containsAll(ids).doesNotHaveDuplicates();
		}
		finally {
			ids.forEach(this::deleteQuietly);
		}
	}

	String readyGateway(String prefix) {
		String id = client().createGateway(openGateway(uniqueName(prefix), roleArn())).gatewayId();
		awaitGateway(id, GatewayStatus.READY);
		return id;
	}

	List<GatewaySummary> allGateways() {
		return client().listGatewaysPaginator(request -> request.maxResults(2)).items().stream().toList();
	}

	GetGatewayResponse awaitGateway(String id, GatewayStatus status) {
		return await(() -> {
			GetGatewayResponse gateway = client().getGateway(request -> request.gatewayIdentifier(id));
			return gateway.status() == status ? gateway : null;
		});
	}

	GetGatewayTargetResponse awaitTarget(String gatewayId, String targetId, TargetStatus status) {
		return await(() -> {
			GetGatewayTargetResponse target = client()
				.getGatewayTarget(request -> request.gatewayIdentifier(gatewayId).targetId(targetId));
			return target.status() == status ? target : null;
		});
	}

	<T> T await(Supplier<T> probe) {
		Instant deadline = Instant.now().plus(settleTimeout());
		while (true) {
			T value = probe.get();
			if (value != null && !Boolean.FALSE.equals(value)) {
				return value;
			}
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("did not settle within " + settleTimeout());
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	static Boolean isGone(Runnable get) {
		try {
			get.run();
			return false;
		}
		catch (ResourceNotFoundException ex) {
			return true;
		}
	}

	static void assertValidation(Runnable call) {
		ValidationException error = catchThrowableOfType(ValidationException.class, call::run);
		assertThat(error).as("expected a ValidationException").isNotNull();
		assertThat(error.statusCode()).isEqualTo(400);
	}

	/** Deletes the gateway and its targets, waiting for each; for cleaning up after a test. */
	void deleteQuietly(String gatewayId) {
		try {
			client().listGatewayTargetsPaginator(request -> request.gatewayIdentifier(gatewayId))
				.items()
				.forEach(target -> {
					await(() -> deleteWhenSettled(() -> client().deleteGatewayTarget(
							request -> request.gatewayIdentifier(gatewayId).targetId(target.targetId()))));
					await(() -> isGone(() -> client().getGatewayTarget(
							request -> request.gatewayIdentifier(gatewayId).targetId(target.targetId()))));
				});
			await(() -> deleteWhenSettled(() -> client().deleteGateway(request -> request.gatewayIdentifier(gatewayId))));
		}
		catch (ResourceNotFoundException ex) {
			// Already gone.
		}
	}

	private static Boolean deleteWhenSettled(Runnable delete) {
		try {
			delete.run();
			return true;
		}
		catch (ConflictException ex) {
			return false;
		}
		catch (BedrockAgentCoreControlException ex) {
			if (ex.statusCode() == 404) {
				return true;
			}
			throw ex;
		}
	}

}
