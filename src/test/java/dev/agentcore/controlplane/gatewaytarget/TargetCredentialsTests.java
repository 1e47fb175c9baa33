package dev.agentcore.controlplane.gatewaytarget;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.ProblemDetail;

import dev.agentcore.controlplane.gatewaytarget.Credentials.CredentialType;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.McpServer;
import dev.agentcore.controlplane.web.Problems.FieldError;

import static dev.agentcore.controlplane.gatewaytarget.TargetRulesTests.PROVIDER;
import static dev.agentcore.controlplane.gatewaytarget.TargetRulesTests.withCredentials;
import static dev.agentcore.controlplane.support.Collected.violations;
import static dev.agentcore.controlplane.support.ProblemAssertions.code;
import static dev.agentcore.controlplane.support.ProblemAssertions.errors;
import static dev.agentcore.controlplane.support.ProblemAssertions.problemOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** How a gateway authenticates to a target: AgentCore's matrix per type, the defaults, and the members of each kind. */
class TargetCredentialsTests {

	/** The developer guide's outbound-authorization matrix (issue #13), by credential type. */
	static final Map<TargetType, Set<CredentialType>> ALLOWED = Map.of(
			TargetType.OPENAPI, EnumSet.of(CredentialType.NONE, CredentialType.GATEWAY_IAM_ROLE, CredentialType.OAUTH,
					CredentialType.API_KEY),
			TargetType.SMITHY, EnumSet.of(CredentialType.GATEWAY_IAM_ROLE, CredentialType.OAUTH),
			TargetType.LAMBDA, EnumSet.of(CredentialType.GATEWAY_IAM_ROLE),
			TargetType.API_GATEWAY, EnumSet.of(CredentialType.NONE, CredentialType.GATEWAY_IAM_ROLE, CredentialType.API_KEY),
			TargetType.MCP_SERVER, EnumSet.of(CredentialType.NONE, CredentialType.GATEWAY_IAM_ROLE, CredentialType.OAUTH,
					CredentialType.API_KEY),
			TargetType.AGENTCORE_RUNTIME, EnumSet.of(CredentialType.GATEWAY_IAM_ROLE, CredentialType.CALLER_IAM_CREDENTIALS,
					CredentialType.OAUTH, CredentialType.JWT_PASSTHROUGH));

	static Stream<Arguments> everyTypeAndCredential() {
		return Stream.of(TargetType.values())
			.flatMap(type -> Stream.of(CredentialType.values()).map(credentials -> Arguments.of(type, credentials)));
	}

	@ParameterizedTest(name = "{0} with {1}")
	@MethodSource("everyTypeAndCredential")
	void credentialsFollowTheMatrix(TargetType type, CredentialType credentials) {
		Credentials given = credentials == CredentialType.GATEWAY_IAM_ROLE && type.needsSigningName()
				? new Credentials(credentials, new Credentials.Signing("execute-api", null), null, null, null, null, null, null,
						null, null)
				: Credentials.of(credentials);
		if (ALLOWED.get(type).contains(credentials)) {
			assertThatNoException().isThrownBy(() -> CredentialRules.allowed(type, given));
			return;
		}
		ProblemDetail problem = problemOf(() -> CredentialRules.allowed(type, given));
		assertThat(problem.getStatus()).isEqualTo(400);
		assertThat(code(problem)).isEqualTo("CREDENTIALS_NOT_SUPPORTED");
		assertThat(problem.getDetail()).isEqualTo(type + " targets take " + type.allowedCredentials() + " credentials, not "
				+ credentials + ".");
		assertThat(errors(problem)).containsExactly(new FieldError("credentials.type", problem.getDetail()));
	}

	@Test
	void missingCredentialsAreNamed() {
		ProblemDetail problem = problemOf(() -> CredentialRules.allowed(TargetType.OPENAPI, null));
		assertThat(code(problem)).isEqualTo("CREDENTIALS_NOT_SUPPORTED");
		assertThat(problem.getDetail()).isEqualTo("OPENAPI targets need credentials: one of [NONE, GATEWAY_IAM_ROLE, OAUTH, API_KEY].");
		assertThat(errors(problem)).containsExactly(new FieldError("credentials", problem.getDetail()));
	}

	@Test
	void oauthGrantsFollowTheMatrix() {
		Credentials exchange = new Credentials(CredentialType.OAUTH, PROVIDER, List.of("read"), null,
				Credentials.GrantType.TOKEN_EXCHANGE, null, null, null, null);
		assertThatNoException().isThrownBy(() -> CredentialRules.allowed(TargetType.MCP_SERVER, exchange));
		ProblemDetail problem = problemOf(() -> CredentialRules.allowed(TargetType.AGENTCORE_RUNTIME, exchange));
		assertThat(problem.getDetail())
			.isEqualTo("AGENTCORE_RUNTIME targets take OAUTH with the [CLIENT_CREDENTIALS] grant, not TOKEN_EXCHANGE.");
		assertThat(errors(problem)).extracting(FieldError::field).containsExactly("credentials.grantType");
	}

	@Test
	void roleSignedEndpointsNameTheirSigningServiceWhereAgentCoreCannotTell() {
		Credentials role = Credentials.of(CredentialType.GATEWAY_IAM_ROLE);
		Credentials signed = new Credentials(CredentialType.GATEWAY_IAM_ROLE, new Credentials.Signing("lambda", "eu-west-1"),
				null, null, null, null, null, null, null, null);
		assertThat(errors(problemOf(() -> CredentialRules.allowed(TargetType.OPENAPI, role)))).extracting(FieldError::field)
			.containsExactly("credentials.signing");
		assertThatNoException().isThrownBy(() -> CredentialRules.allowed(TargetType.AGENTCORE_RUNTIME, role));
		assertThatNoException().isThrownBy(() -> CredentialRules.allowed(TargetType.AGENTCORE_RUNTIME, signed));
		assertThat(problemOf(() -> CredentialRules.allowed(TargetType.LAMBDA, signed)).getDetail())
			.isEqualTo("AgentCore knows the signing service of LAMBDA targets; leave signing out.");
		assertThat(check(withCredentials(new Credentials(CredentialType.API_KEY, signed.signing(), PROVIDER, null, null, null,
				null, null, null, null)))).containsExactly(new FieldError("credentials.signing", "is for GATEWAY_IAM_ROLE only"));
	}

	@ParameterizedTest
	@EnumSource(TargetType.class)
	void missingCredentialsBecomeTheTypesDefault(TargetType type) {
		CredentialType expected = switch (type) {
			case OPENAPI, MCP_SERVER -> CredentialType.NONE;
			case SMITHY, LAMBDA, API_GATEWAY, AGENTCORE_RUNTIME -> CredentialType.GATEWAY_IAM_ROLE;
		};
		assertThat(type.defaultCredentials()).isEqualTo(expected);
		TargetSpec spec = new TargetRequest("t", "described", type, null, null, null, null, null, null).spec();
		assertThat(spec.credentials()).isEqualTo(expected == null ? null : Credentials.of(expected));
		assertThat(spec.description()).isEqualTo("described");
		if (expected != null) {
			assertThat(ALLOWED.get(type)).as("the default is allowed").contains(expected);
		}
	}

	@Test
	void givenCredentialsAreKeptAndBlocksCarriedIntoTheSpec() {
		Credentials oauth = new Credentials(CredentialType.OAUTH, PROVIDER, List.of("read"), null, null, null, null, null, null);
		McpServer mcp = new McpServer("https://mcp.example.com");
		TargetSpec spec = new TargetRequest("t", null, TargetType.MCP_SERVER, null, null, null, mcp, null, oauth).spec();
		assertThat(spec).isEqualTo(new TargetSpec(null, null, null, null, mcp, null, oauth));
		assertThat(new TargetRequest("t", null, null, null, null, null, null, null, null).spec().credentials())
			.as("no type, no default").isNull();
	}

	@ParameterizedTest
	@EnumSource(value = CredentialType.class, names = { "OAUTH", "API_KEY" })
	void providerCredentialsNeedTheirProvider(CredentialType type) {
		assertThat(check(withCredentials(Credentials.of(type))))
			.contains(new FieldError("credentials.providerArn", "is required for " + type
					+ " (or providerId, a credential provider's id)"));
		assertThat(check(withCredentials(Credentials.of(CredentialType.OAUTH))))
			.contains(new FieldError("credentials.scopes", "is required for OAUTH ([] requests no scope)"));
	}

	@ParameterizedTest
	@EnumSource(value = CredentialType.class, names = { "OAUTH", "API_KEY" })
	void aProviderIsNamedByArnOrByIdNotBoth(CredentialType type) {
		List<String> scopes = type == CredentialType.OAUTH ? List.of() : null;
		java.util.UUID id = java.util.UUID.randomUUID();
		assertThat(check(withCredentials(new Credentials(type, null, null, scopes, null, null, null, null, null, null, id))))
			.isEmpty();
		assertThat(check(withCredentials(new Credentials(type, null, PROVIDER, scopes, null, null, null, null, null, null, id))))
			.containsExactly(new FieldError("credentials.providerId", "name the provider once: providerArn or providerId, not both"));
		assertThat(check(withCredentials(new Credentials(CredentialType.GATEWAY_IAM_ROLE, null, null, null, null, null, null,
				null, null, null, id)))).containsExactly(new FieldError("credentials.providerId", "must be absent for GATEWAY_IAM_ROLE"));
	}

	@ParameterizedTest
	@EnumSource(value = CredentialType.class, names = { "GATEWAY_IAM_ROLE", "NONE" })
	void credentialsWithoutProviderTakeNone(CredentialType type) {
		assertThat(check(withCredentials(new Credentials(type, PROVIDER, null, null, null, null, null, null, null))))
			.containsExactly(new FieldError("credentials.providerArn", "must be absent for " + type));
	}

	@Test
	void oauthMembersAreForOauthOnly() {
		FieldError oauthOnly = new FieldError("credentials",
				"scopes, customParameters, grantType and defaultReturnUrl are for OAUTH only");
		assertThat(check(withCredentials(new Credentials(CredentialType.API_KEY, PROVIDER, List.of("read"), null, null, null,
				null, null, null)))).containsExactly(oauthOnly);
		assertThat(check(withCredentials(new Credentials(CredentialType.GATEWAY_IAM_ROLE, null, null, Map.of("a", "b"), null,
				null, null, null, null)))).containsExactly(oauthOnly);
		assertThat(check(withCredentials(new Credentials(CredentialType.NONE, null, null, null,
				Credentials.GrantType.CLIENT_CREDENTIALS, null, null, null, null)))).containsExactly(oauthOnly);
		assertThat(check(withCredentials(new Credentials(CredentialType.NONE, null, null, null, null, "https://back.example.com",
				null, null, null)))).containsExactly(oauthOnly);
		assertThat(check(withCredentials(new Credentials(CredentialType.OAUTH, PROVIDER, List.of("read"), Map.of("a", "b"),
				Credentials.GrantType.CLIENT_CREDENTIALS, null, null, null, null)))).isEmpty();
	}

	@Test
	void apiKeyMembersAreForApiKeyOnly() {
		FieldError apiKeyOnly = new FieldError("credentials", "parameterName, prefix and location are for API_KEY only");
		assertThat(check(withCredentials(new Credentials(CredentialType.OAUTH, PROVIDER, List.of(), null, null, null, "x-api-key",
				null, null)))).containsExactly(apiKeyOnly);
		assertThat(check(withCredentials(new Credentials(CredentialType.GATEWAY_IAM_ROLE, null, null, null, null, null, null,
				"Bearer", null)))).containsExactly(apiKeyOnly);
		assertThat(check(withCredentials(new Credentials(CredentialType.NONE, null, null, null, null, null, null, null,
				Credentials.KeyLocation.HEADER)))).containsExactly(apiKeyOnly);
		assertThat(check(withCredentials(new Credentials(CredentialType.API_KEY, PROVIDER, null, null, null, null, "x-api-key",
				"Bearer", Credentials.KeyLocation.QUERY_PARAMETER)))).isEmpty();
	}

	@Test
	void authorizationCodeGrantNeedsAReturnUrl() {
		assertThat(check(withCredentials(new Credentials(CredentialType.OAUTH, PROVIDER, List.of("read"), null,
				Credentials.GrantType.AUTHORIZATION_CODE, null, null, null, null))))
			.containsExactly(new FieldError("credentials.defaultReturnUrl", "is required for the AUTHORIZATION_CODE grant"));
		assertThat(check(withCredentials(new Credentials(CredentialType.OAUTH, PROVIDER, List.of("read"), null,
				Credentials.GrantType.AUTHORIZATION_CODE, "https://app.example.com/back", null, null, null)))).isEmpty();
	}

	@Test
	void credentialsWithoutTypeAreLeftToBeanValidation() {
		assertThat(check(withCredentials(new Credentials(null, PROVIDER, List.of("x"), null, null, null, "k", null, null))))
			.isEmpty();
	}

	private static List<FieldError> check(TargetRequest request) {
		return violations(collector -> TargetRules.check(request, collector));
	}

}
