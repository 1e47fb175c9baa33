package dev.agentcore.controlplane.idp;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.ProblemDetail;

import dev.agentcore.controlplane.idp.CustomClaim.Operator;
import dev.agentcore.controlplane.idp.CustomClaim.ValueType;
import dev.agentcore.controlplane.web.Problems.FieldError;

import static dev.agentcore.controlplane.support.Collected.violations;
import static dev.agentcore.controlplane.support.ProblemAssertions.code;
import static dev.agentcore.controlplane.support.ProblemAssertions.codeOf;
import static dev.agentcore.controlplane.support.ProblemAssertions.errors;
import static dev.agentcore.controlplane.support.ProblemAssertions.problemOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** The seed document's provider rules, each with its own code and field. */
class IdpProfileRulesTests {

	static final String COGNITO_URL = "https://cognito-idp.us-west-2.amazonaws.com/us-west-2_gmSGKKGr9/.well-known/openid-configuration";

	static final String AUTH0_URL = "https://dev-example.us.auth0.com/.well-known/openid-configuration";

	@Test
	void wellFormedProfileOfEveryProviderPasses() {
		assertThatNoException().isThrownBy(() -> IdpProfileRules.check(cognitoProfile(), false));
		assertThatNoException().isThrownBy(() -> IdpProfileRules.check(auth0Profile(), false));
		assertThatNoException().isThrownBy(() -> IdpProfileRules.check(oktaProfile(), false));
		assertThatNoException().isThrownBy(() -> IdpProfileRules.check(oidcProfile(List.of("c"), List.of(), List.of(), List.of()), false));
	}

	@Test
	void cognitoTokensHaveNoAudience() {
		ProblemDetail problem = problemOf(() -> IdpProfileRules.check(profile(Provider.COGNITO, COGNITO_URL, List.of("client-1"),
				List.of("api://orders"), List.of(), List.of()), false));
		assertThat(code(problem)).isEqualTo("COGNITO_TOKENS_HAVE_NO_AUD");
		assertThat(problem.getStatus()).isEqualTo(400);
		assertThat(problem.getDetail()).contains("401 Invalid Bearer token").contains("allowedClients");
		assertThat(errors(problem)).containsExactly(new FieldError("allowedAudience", problem.getDetail()));
		assertThat(codeOf(() -> IdpProfileRules.check(profile(Provider.COGNITO, COGNITO_URL, List.of(), List.of("aud"),
				List.of(), List.of()), false))).as("the audience mistake is named before the missing clients")
			.isEqualTo("COGNITO_TOKENS_HAVE_NO_AUD");
	}

	@Test
	void cognitoNeedsAllowedClients() {
		ProblemDetail problem = problemOf(() -> IdpProfileRules.check(profile(Provider.COGNITO, COGNITO_URL, List.of(), List.of(),
				List.of("orders/read"), List.of()), false));
		assertThat(code(problem)).isEqualTo("COGNITO_REQUIRES_ALLOWED_CLIENTS");
		assertThat(errors(problem)).extracting(FieldError::field).containsExactly("allowedClients");
	}

	@ParameterizedTest
	@EnumSource(value = Provider.class, names = { "AUTH0", "OKTA" })
	void audienceProvidersNeedAnAudience(Provider provider) {
		ProblemDetail problem = problemOf(() -> IdpProfileRules.check(profile(provider, AUTH0_URL, List.of("client-1"),
				List.of(), List.of("read"), List.of()), false));
		assertThat(code(problem)).isEqualTo("AUDIENCE_REQUIRED");
		assertThat(problem.getDetail()).startsWith(provider + " access tokens are matched by their 'aud'");
		assertThat(errors(problem)).extracting(FieldError::field).containsExactly("allowedAudience");
		assertThatNoException().isThrownBy(() -> IdpProfileRules.check(profile(provider, AUTH0_URL, List.of("client-1"),
				List.of("https://api.example.com"), List.of(), List.of()), false));
	}

	@Test
	void oidcAuthorizerMustCheckSomething() {
		ProblemDetail problem = problemOf(() -> IdpProfileRules.check(oidcProfile(List.of(), List.of(), List.of(), List.of()), false));
		assertThat(code(problem)).isEqualTo("AUTHORIZER_EMPTY");
		assertThat(errors(problem)).extracting(FieldError::field).containsExactly("allowedAudience");
		assertThatNoException().as("clients").isThrownBy(() -> IdpProfileRules.check(oidcProfile(List.of("c"), List.of(), List.of(), List.of()), false));
		assertThatNoException().as("audience").isThrownBy(() -> IdpProfileRules.check(oidcProfile(List.of(), List.of("a"), List.of(), List.of()), false));
		assertThatNoException().as("scopes").isThrownBy(() -> IdpProfileRules.check(oidcProfile(List.of(), List.of(), List.of("s"), List.of()), false));
		assertThatNoException().as("claims").isThrownBy(() -> IdpProfileRules.check(oidcProfile(List.of(), List.of(), List.of(),
				List.of(groupsClaim())), false));
	}

	@Test
	void clientIdIsNoCustomClaim() {
		CustomClaim clientId = new CustomClaim("client_id", ValueType.STRING, Operator.EQUALS, List.of("abc"));
		ProblemDetail problem = problemOf(() -> IdpProfileRules.check(oidcProfile(List.of(), List.of(), List.of(),
				List.of(groupsClaim(), clientId)), false));
		assertThat(code(problem)).isEqualTo("RESERVED_CLAIM");
		assertThat(errors(problem)).extracting(FieldError::field).containsExactly("customClaims[1].name");
		assertThat(problem.getDetail()).contains("allowedClients");
		assertThat(codeOf(() -> IdpProfileRules.check(profile(Provider.COGNITO, COGNITO_URL, List.of(), List.of("aud"),
				List.of(), List.of(clientId)), false))).as("named before the provider's rules").isEqualTo("RESERVED_CLAIM");
		assertThatNoException().as("claim names are case-sensitive").isThrownBy(() -> IdpProfileRules.check(oidcProfile(
				List.of(), List.of(), List.of(), List.of(new CustomClaim("Client_Id", ValueType.STRING, Operator.EQUALS,
						List.of("abc")))), false));
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://idp.example.com/.well-known/openid-configuration",
			"ftp://idp.example.com/.well-known/openid-configuration", "https://idp.example.com/",
			"https://idp.example.com/.well-known/oauth-authorization-server", "https:///.well-known/openid-configuration",
			"idp.example.com/.well-known/openid-configuration" })
	void discoveryUrlIsHttpsAndEndsWithTheWellKnownPath(String url) {
		ProblemDetail problem = problemOf(() -> IdpProfileRules.check(profile(Provider.AUTH0, url, List.of(), List.of("a"),
				List.of(), List.of()), false));
		assertThat(code(problem)).isEqualTo("INVALID_DISCOVERY_URL");
		assertThat(errors(problem)).extracting(FieldError::field).containsExactly("discoveryUrl");
		assertThat(problem.getDetail()).contains("https").contains(IdpProfileRules.WELL_KNOWN);
	}

	@Test
	void httpIsAllowedOnlyWhenConfigured() {
		IdpProfileSpec local = profile(Provider.AUTH0, "http://localhost:8080/.well-known/openid-configuration", List.of(),
				List.of("a"), List.of(), List.of());
		assertThat(codeOf(() -> IdpProfileRules.check(local, false))).isEqualTo("INVALID_DISCOVERY_URL");
		assertThatNoException().isThrownBy(() -> IdpProfileRules.check(local, true));
		assertThat(codeOf(() -> IdpProfileRules.check(profile(Provider.AUTH0,
				"ftp://localhost/.well-known/openid-configuration", List.of(), List.of("a"), List.of(), List.of()), true)))
			.isEqualTo("INVALID_DISCOVERY_URL");
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"https://cognito-idp.us-west-2.amazonaws.com/us-east-1_gmSGKKGr9/.well-known/openid-configuration",
			"https://cognito-idp.us-west-2.amazonaws.com/gmSGKKGr9/.well-known/openid-configuration",
			"https://cognito-idp.us-west-2.amazonaws.com/us-west-2_/.well-known/openid-configuration",
			"https://login.example.com/us-west-2_gmSGKKGr9/.well-known/openid-configuration",
			"https://cognito-idp.us-west-2.amazonaws.com/us-west-2_gmSGKKGr9/extra/.well-known/openid-configuration" })
	void cognitoDiscoveryUrlNamesItsRegionAndPool(String url) {
		ProblemDetail problem = problemOf(() -> IdpProfileRules.check(profile(Provider.COGNITO, url, List.of("client-1"),
				List.of(), List.of(), List.of()), false));
		assertThat(code(problem)).isEqualTo("INVALID_DISCOVERY_URL");
		assertThat(problem.getDetail()).contains("https://cognito-idp.<region>.amazonaws.com/<region>_<pool id>");
		assertThat(errors(problem)).extracting(FieldError::field).containsExactly("discoveryUrl");
	}

	@Test
	void cognitoDiscoveryUrlsOfEveryPartitionPass() {
		assertThatNoException().isThrownBy(() -> IdpProfileRules.check(profile(Provider.COGNITO,
				"https://cognito-idp.us-gov-west-1.amazonaws.com/us-gov-west-1_AbC123/.well-known/openid-configuration",
				List.of("client-1"), List.of(), List.of(), List.of()), false));
		assertThatNoException().as("a Cognito URL is fine for a generic OIDC profile")
			.isThrownBy(() -> IdpProfileRules.check(profile(Provider.OIDC, COGNITO_URL, List.of("c"), List.of(), List.of(),
					List.of()), false));
	}

	@Test
	void discoveryUrlIsCheckedFirst() {
		assertThat(codeOf(() -> IdpProfileRules.check(profile(Provider.COGNITO, "http://x/.well-known/openid-configuration",
				List.of(), List.of("a"), List.of(), List.of(new CustomClaim("client_id", ValueType.STRING, Operator.EQUALS,
						List.of("x")))), false))).isEqualTo("INVALID_DISCOVERY_URL");
	}

	@Test
	void equalsTakesOneStringValue() {
		assertThat(shapes(new CustomClaim("tier", ValueType.STRING, Operator.EQUALS, List.of("gold")))).isEmpty();
		assertThat(shapes(new CustomClaim("tier", ValueType.STRING, Operator.EQUALS, List.of("gold", "silver"))))
			.containsExactly(new FieldError("customClaims[0].values",
					"EQUALS takes exactly one value; use CONTAINS_ANY to match any of several"));
		assertThat(shapes(new CustomClaim("tier", ValueType.STRING, Operator.EQUALS, List.of())))
			.containsExactly(new FieldError("customClaims[0].values",
					"EQUALS takes exactly one value; use CONTAINS_ANY to match any of several"));
		assertThat(shapes(new CustomClaim("groups", ValueType.STRING_ARRAY, Operator.EQUALS, List.of("a")))).containsExactly(
				new FieldError("customClaims[0].operator",
						"EQUALS works with valueType STRING; use CONTAINS or CONTAINS_ANY for STRING_ARRAY"));
		assertThat(shapes(new CustomClaim("groups", ValueType.STRING_ARRAY, Operator.EQUALS, List.of("a", "b"))))
			.extracting(FieldError::field)
			.containsExactly("customClaims[0].operator", "customClaims[0].values");
	}

	@ParameterizedTest
	@EnumSource(value = Operator.class, names = { "CONTAINS", "CONTAINS_ANY" })
	void containsOperatorsTakeStringArrays(Operator operator) {
		List<String> values = operator == Operator.CONTAINS_ANY ? List.of("a", "b", "c") : List.of("a");
		assertThat(shapes(new CustomClaim("groups", ValueType.STRING_ARRAY, operator, values))).isEmpty();
		assertThat(shapes(groupsClaim(), new CustomClaim("tier", ValueType.STRING, operator, List.of("gold"))))
			.containsExactly(new FieldError("customClaims[1].operator",
					operator + " works with valueType STRING_ARRAY; use EQUALS for STRING"));
	}

	@Test
	void containsMatchesOneValueAsAgentCoresMatchValueStringDoes() {
		assertThat(shapes(new CustomClaim("groups", ValueType.STRING_ARRAY, Operator.CONTAINS, List.of("a", "b"))))
			.containsExactly(new FieldError("customClaims[0].values",
					"CONTAINS takes exactly one value; use CONTAINS_ANY to match any of several"));
	}

	@Test
	void incompleteClaimsAreLeftToBeanValidation() {
		assertThat(shapes(new CustomClaim("a", null, Operator.EQUALS, List.of("x", "y")),
				new CustomClaim("b", ValueType.STRING_ARRAY, null, List.of("x")),
				new CustomClaim("c", ValueType.STRING_ARRAY, Operator.EQUALS, null))).isEmpty();
	}

	private static List<FieldError> shapes(CustomClaim... claims) {
		IdpProfileSpec spec = oidcProfile(List.of(), List.of(), List.of(), List.of(claims));
		return violations(collector -> IdpProfileRules.claimShapes(spec, collector));
	}

	static IdpProfileSpec cognitoProfile() {
		return profile(Provider.COGNITO, COGNITO_URL, List.of("client-1"), List.of(), List.of(), List.of());
	}

	static IdpProfileSpec auth0Profile() {
		return profile(Provider.AUTH0, AUTH0_URL, List.of(), List.of("https://api.example.com"), List.of(), List.of());
	}

	static IdpProfileSpec oktaProfile() {
		return profile(Provider.OKTA, "https://example.okta.com/oauth2/default/.well-known/openid-configuration", List.of(),
				List.of("api://default"), List.of(), List.of());
	}

	static IdpProfileSpec oidcProfile(List<String> clients, List<String> audience, List<String> scopes,
			List<CustomClaim> claims) {
		return profile(Provider.OIDC, "https://idp.example.com/.well-known/openid-configuration", clients, audience, scopes,
				claims);
	}

	static IdpProfileSpec profile(Provider provider, String url, List<String> clients, List<String> audience,
			List<String> scopes, List<CustomClaim> claims) {
		return new IdpProfileSpec(null, provider, url, clients, audience, scopes, claims);
	}

	static CustomClaim groupsClaim() {
		return new CustomClaim("groups", ValueType.STRING_ARRAY, Operator.CONTAINS_ANY, List.of("agents"));
	}

}
