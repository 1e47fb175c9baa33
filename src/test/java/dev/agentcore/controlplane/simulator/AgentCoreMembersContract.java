package dev.agentcore.controlplane.simulator;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreateGatewayRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreateGatewayResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreateGatewayTargetRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CredentialProvider;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CredentialProviderConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CredentialProviderType;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GatewayInterceptionPoint;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GatewayInterceptorConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GatewayPolicyEngineConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GatewayPolicyEngineMode;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GatewayStatus;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetGatewayRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetGatewayResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetGatewayTargetRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.InterceptorConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.InterceptorInputConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.LambdaInterceptorConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.OAuthCredentialProvider;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.TargetConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.UpdateGatewayRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ValidationException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ValidationExceptionReason;
import tools.jackson.databind.JsonNode;

import dev.agentcore.controlplane.provisioning.aws.MemberShimForTests;
import dev.agentcore.controlplane.provisioning.aws.MemberShimForTests.WithMembers;

import static dev.agentcore.controlplane.simulator.AgentCoreFixtures.clientToken;
import static dev.agentcore.controlplane.simulator.AgentCoreFixtures.openGateway;
import static dev.agentcore.controlplane.simulator.AgentCoreFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The gateway and target members of the current service model, through the real SDK client and
 * the provisioner's member shim (for the members SDK 2.40.2 lacks): interceptors, policy engines,
 * MCP session and streaming settings, AUTHENTICATE_ONLY, tags after creation, idempotency, AgentCore
 * Runtime targets with SigV4 signing names and metadata, and the outbound-auth matrix.
 */
abstract class AgentCoreMembersContract extends AgentCoreContract {

	/** A Lambda function the contract's gateways may use as interceptors (real AWS: it must exist). */
	abstract String interceptorArn();

	/** A policy engine of the account (real AWS: it must exist). */
	abstract String policyEngineArn();

	/** An agent runtime of the account the role may invoke (real AWS: it must exist). */
	abstract String runtimeArn();

	@Test
	void runtimeTargetsSignedWithTheRoleAndTheirMetadataAreHeld() {
		String id = readyGateway("Runtime");
		try {
			WithMembers<CreateGatewayTargetRequest> create = MemberShimForTests.with(CreateGatewayTargetRequest.builder()
				.gatewayIdentifier(id)
				.name("agent")
				.targetConfiguration(TargetConfiguration.builder().build())
				.credentialProviderConfigurations(CredentialProviderConfiguration.builder()
					.credentialProviderType(CredentialProviderType.GATEWAY_IAM_ROLE)
					.build())
				.build(), """
						{"targetConfiguration": {"http": {"agentcoreRuntime": {"arn": "%s"}}},
						 "credentialProviderConfigurations": [{"credentialProvider": {"iamCredentialProvider": {"service": "bedrock-agentcore"}}}],
						 "metadataConfiguration": {"allowedRequestHeaders": ["x-correlation-id"]}}""".formatted(runtimeArn()));
			String target = client().createGatewayTarget(create.request()).targetId();
			assertThat(create.sent().at("/targetConfiguration/http/agentcoreRuntime/arn").asString()).isEqualTo(runtimeArn());
			awaitTarget(id, target, software.amazon.awssdk.services.bedrockagentcorecontrol.model.TargetStatus.READY);
			WithMembers<GetGatewayTargetRequest> get = MemberShimForTests
				.reading(GetGatewayTargetRequest.builder().gatewayIdentifier(id).targetId(target).build());
			client().getGatewayTarget(get.request());
			assertThat(get.received().at("/targetConfiguration/http/agentcoreRuntime/arn").asString()).isEqualTo(runtimeArn());
			assertThat(get.received().at("/credentialProviderConfigurations/0/credentialProvider/iamCredentialProvider/service")
				.asString()).isEqualTo("bedrock-agentcore");
			assertThat(get.received().at("/metadataConfiguration/allowedRequestHeaders/0").asString()).isEqualTo("x-correlation-id");
		}
		finally {
			deleteQuietly(id);
		}
	}

	@Test
	void lambdaTargetsTakeNoOAuth() {
		String id = readyGateway("NoOauth");
		try {
			assertValidation(() -> client().createGatewayTarget(AgentCoreFixtures.lambdaTarget(id, "oauth").toBuilder()
				.credentialProviderConfigurations(CredentialProviderConfiguration.builder()
					.credentialProviderType(CredentialProviderType.OAUTH)
					.credentialProvider(CredentialProvider.fromOauthCredentialProvider(OAuthCredentialProvider.builder()
						.providerArn("arn:aws:bedrock-agentcore:us-east-1:123456789012:token-vault/default/oauth2credentialprovider/p")
						.scopes("s")
						.build()))
					.build())
				.build()));
		}
		finally {
			deleteQuietly(id);
		}
	}

	@Test
	void interceptorsPolicyEngineAndSessionSettingsAreHeldAndChangedInPlace() {
		String name = uniqueName("Members");
		WithMembers<CreateGatewayRequest> create = MemberShimForTests.with(openGateway(name, roleArn()).toBuilder()
			.interceptorConfigurations(interceptor(GatewayInterceptionPoint.REQUEST, true),
					interceptor(GatewayInterceptionPoint.RESPONSE, false))
			.policyEngineConfiguration(engine(GatewayPolicyEngineMode.LOG_ONLY))
			.build(), """
					{"protocolConfiguration": {"mcp": {"sessionConfiguration": {"sessionTimeoutInSeconds": 1800},
					   "streamingConfiguration": {"enableResponseStreaming": true}}},
					 "interceptorConfigurations": [{}, {"inputConfiguration": {"payloadFilter": {"exclude": [{"field": "RESPONSE_BODY"}]}}}]}""");
		assertThat(create.sent().at("/interceptorConfigurations/1/inputConfiguration/passRequestHeaders").asBoolean())
			.as("typed members and shim members meet in one document").isFalse();
		CreateGatewayResponse created = client().createGateway(create.request());
		try {
			GetGatewayResponse ready = awaitGateway(created.gatewayId(), GatewayStatus.READY);
			assertThat(ready.interceptorConfigurations()).hasSize(2);
			assertThat(ready.policyEngineConfiguration().mode()).isEqualTo(GatewayPolicyEngineMode.LOG_ONLY);
			JsonNode raw = raw(created.gatewayId());
			assertThat(raw.at("/protocolConfiguration/mcp/sessionConfiguration/sessionTimeoutInSeconds").asInt()).isEqualTo(1800);
			assertThat(raw.at("/protocolConfiguration/mcp/streamingConfiguration/enableResponseStreaming").asBoolean()).isTrue();
			assertThat(raw.at("/interceptorConfigurations/1/inputConfiguration/payloadFilter/exclude/0/field").asString())
				.isEqualTo("RESPONSE_BODY");
			client().updateGateway(UpdateGatewayRequest.builder()
				.gatewayIdentifier(created.gatewayId())
				.name(name)
				.roleArn(roleArn())
				.protocolType("MCP")
				.authorizerType("NONE")
				.interceptorConfigurations(ready.interceptorConfigurations().getFirst())
				.policyEngineConfiguration(engine(GatewayPolicyEngineMode.ENFORCE))
				.build());
			GetGatewayResponse changed = awaitGateway(created.gatewayId(), GatewayStatus.READY);
			assertThat(changed.gatewayId()).isEqualTo(created.gatewayId());
			assertThat(changed.policyEngineConfiguration().mode()).isEqualTo(GatewayPolicyEngineMode.ENFORCE);
			assertThat(changed.interceptorConfigurations()).hasSize(1);
			assertThat(raw(created.gatewayId()).at("/protocolConfiguration/mcp/sessionConfiguration").isMissingNode())
				.as("UpdateGateway replaces: what it leaves out is gone").isTrue();
		}
		finally {
			deleteQuietly(created.gatewayId());
		}
	}

	@Test
	void authenticateOnlyGatewaysTakeACustomJwtAuthorizerConfiguration() {
		String id = client().createGateway(AgentCoreFixtures.cognitoGateway(uniqueName("AuthOnly"), roleArn()).toBuilder()
			.authorizerType("AUTHENTICATE_ONLY")
			.build()).gatewayId();
		try {
			GetGatewayResponse ready = awaitGateway(id, GatewayStatus.READY);
			assertThat(ready.authorizerTypeAsString()).isEqualTo("AUTHENTICATE_ONLY");
			assertThat(ready.authorizerConfiguration().customJWTAuthorizer().allowedClients()).containsExactly("client-1");
		}
		finally {
			deleteQuietly(id);
		}
		assertValidation(() -> client().createGateway(openGateway(uniqueName("AuthOnly"), roleArn()).toBuilder()
			.authorizerType("AUTHENTICATE_ONLY")
			.build()));
	}

	@Test
	void tagsChangeAfterCreationThroughTagResourceAndUntagResource() {
		CreateGatewayResponse created = client().createGateway(openGateway(uniqueName("Tags"), roleArn()).toBuilder()
			.tags(Map.of("team", "payments", "stage", "dev"))
			.build());
		try {
			String arn = created.gatewayArn();
			assertThat(tags(arn)).containsEntry("team", "payments").containsEntry("stage", "dev");
			client().tagResource(r -> r.resourceArn(arn).tags(Map.of("stage", "prod", "cost-center", "42")));
			client().untagResource(r -> r.resourceArn(arn).tagKeys("team"));
			assertThat(tags(arn)).containsEntry("stage", "prod").containsEntry("cost-center", "42").doesNotContainKey("team");
			assertValidation(() -> client().tagResource(r -> r.resourceArn(arn).tags(Map.of("bad!", "x"))));
		}
		finally {
			deleteQuietly(created.gatewayId());
		}
	}

	@Test
	void aClientTokenReusedWithADifferentRequestIsAnIdempotentParameterMismatch() {
		String name = uniqueName("Mismatch");
		String token = clientToken();
		String id = client().createGateway(openGateway(name, roleArn()).toBuilder().clientToken(token).build()).gatewayId();
		try {
			ValidationException error = catchThrowableOfType(ValidationException.class, () -> client().createGateway(
					openGateway(name, roleArn()).toBuilder().clientToken(token).description("different").build()));
			assertThat(error.statusCode()).isEqualTo(400);
			assertThat(error.reason()).isEqualTo(ValidationExceptionReason.IDEMPOTENT_PARAMETER_MISMATCH_EXCEPTION);
		}
		finally {
			deleteQuietly(id);
		}
	}

	Map<String, String> tags(String arn) {
		return client().listTagsForResource(r -> r.resourceArn(arn)).tags();
	}

	JsonNode raw(String gatewayId) {
		WithMembers<GetGatewayRequest> get = MemberShimForTests
			.reading(GetGatewayRequest.builder().gatewayIdentifier(gatewayId).build());
		client().getGateway(get.request());
		return get.received();
	}

	GatewayInterceptorConfiguration interceptor(GatewayInterceptionPoint point, boolean headers) {
		return GatewayInterceptorConfiguration.builder()
			.interceptor(InterceptorConfiguration.fromLambda(LambdaInterceptorConfiguration.builder().arn(interceptorArn()).build()))
			.interceptionPoints(List.of(point))
			.inputConfiguration(InterceptorInputConfiguration.builder().passRequestHeaders(headers).build())
			.build();
	}

	GatewayPolicyEngineConfiguration engine(GatewayPolicyEngineMode mode) {
		return GatewayPolicyEngineConfiguration.builder().arn(policyEngineArn()).mode(mode).build();
	}

}
