package dev.agentcore.controlplane.idp;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenRemediesTests {

	static final TokenRemedies.Context MANAGED = new TokenRemedies.Context(Provider.COGNITO, "client-1",
			List.of("api/admin"), List.of("api/read", "api/write"), List.of("api/read"),
			"arn:aws:secretsmanager:us-east-1:123456789012:secret:x-AbCdEf", "us-east-1_abcdefghi");

	static TokenRemedies.Context unmanaged(Provider provider) {
		return new TokenRemedies.Context(provider, "client-1", List.of(), null, null, null, null);
	}

	@Test
	void invalidClientPointsAtTheIdAndSecretAndWhereTheManagedSecretIs() {
		assertThat(TokenRemedies.forError("invalid_client", null, MANAGED)).singleElement().asString()
			.contains("does not know client client-1").contains(MANAGED.secretArn()).contains("Authorization: Basic");
	}

	@Test
	void unauthorizedClientOfCognitoGivesTheCommandThatEnablesTheFlow() {
		assertThat(TokenRemedies.forError("unauthorized_client", null, MANAGED)).singleElement().asString()
			.contains("aws cognito-idp update-user-pool-client --user-pool-id us-east-1_abcdefghi --client-id client-1")
			.contains("--allowed-o-auth-flows client_credentials --allowed-o-auth-flows-user-pool-client")
			.contains("--allowed-o-auth-scopes api/read");
		assertThat(TokenRemedies.forError("unauthorized_client", null, unmanaged(Provider.OKTA))).singleElement().asString()
			.contains("Client Credentials");
	}

	@Test
	void invalidScopeListsTheScopesThatExistAndThoseTheClientMayRequest() {
		assertThat(TokenRemedies.forError("invalid_scope", null, MANAGED)).singleElement().asString()
			.contains("[api/admin]").contains("defines [api/read, api/write]").contains("may request [api/read]");
		assertThat(TokenRemedies.forError("invalid_scope", null, unmanaged(Provider.COGNITO))).singleElement().asString()
			.contains("<resource server identifier>/<scope>");
	}

	@Test
	void oktasDpopRequirementIsTurnedOffOnTheApplication() {
		for (String error : List.of("invalid_dpop_proof", "use_dpop_nonce")) {
			assertThat(TokenRemedies.forError(error, null, unmanaged(Provider.OKTA))).singleElement().asString()
				.contains("Require Demonstrating Proof of Possession (DPoP)");
		}
		assertThat(TokenRemedies.forError("invalid_request", "DPoP proof is required", unmanaged(Provider.OKTA)))
			.singleElement().asString().contains("turn off");
	}

	@Test
	void auth0AccessDeniedAuthorizesTheApplicationForTheApi() {
		assertThat(TokenRemedies.forError("access_denied", "Client is not authorized", unmanaged(Provider.AUTH0)))
			.singleElement().asString().contains("Machine to Machine Applications");
	}

	@Test
	void aCognitoDomainWithTheUnderscoreOfThePoolIdIsCaughtBeforeCalling() {
		URI underscore = URI.create("https://us-west-2_gmSGKKGr9.auth.us-west-2.amazoncognito.com/oauth2/token");
		assertThat(TokenRemedies.beforeCalling(underscore)).contains("underscore").contains("us-west-2gmsgkkgr9");
		assertThat(TokenRemedies.beforeCalling(URI.create("https://us-west-2gmsgkkgr9.auth.us-west-2.amazoncognito.com/oauth2/token")))
			.isNull();
	}

	@Test
	void aDomainThatDoesNotResolveAndAMissingTokenEndpointAreExplainedForCognito() {
		URI endpoint = URI.create("https://typo.auth.us-west-2.amazoncognito.com/oauth2/token");
		assertThat(TokenRemedies.unresolvable(endpoint, Provider.COGNITO)).contains("does not resolve")
			.contains("<domain prefix>.auth.<region>.amazoncognito.com");
		assertThat(TokenRemedies.noTokenEndpoint("https://x/.well-known/openid-configuration", Provider.COGNITO))
			.contains("create-user-pool-domain");
		assertThat(TokenRemedies.noTokenEndpoint("https://x/.well-known/openid-configuration", Provider.AUTH0))
			.contains("in a browser");
	}

	@Test
	void anUnknownErrorIsPassedOnInTheProvidersWords() {
		assertThat(TokenRemedies.forError("temporarily_unavailable", "try later", MANAGED)).singleElement().asString()
			.isEqualTo("The token endpoint answered 'temporarily_unavailable': try later.");
	}

}
