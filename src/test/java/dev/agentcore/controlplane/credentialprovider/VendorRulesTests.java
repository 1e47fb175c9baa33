package dev.agentcore.controlplane.credentialprovider;

import org.junit.jupiter.api.Test;

import dev.agentcore.controlplane.credentialprovider.CredentialProviderSpec.Metadata;
import dev.agentcore.controlplane.credentialprovider.CredentialProviderSpec.OAuth2;
import dev.agentcore.controlplane.credentialprovider.CredentialProviderSpec.ProviderType;
import dev.agentcore.controlplane.web.InvalidRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class VendorRulesTests {

	static final String COGNITO = "https://cognito-idp.us-west-2.amazonaws.com/us-west-2_gmSGKKGr9";

	@Test
	void vendorsAndTheirConfigurationComeFromTheModel() {
		assertThat(Vendors.all()).contains("CustomOauth2", "GithubOauth2", "CognitoOauth2", "OktaOauth2", "Auth0Oauth2",
				"MicrosoftOauth2", "GoogleOauth2", "SlackOauth2", "SalesforceOauth2", "AtlassianOauth2");
		assertThat(Vendors.configMember("GithubOauth2")).isEqualTo("githubOauth2ProviderConfig");
		assertThat(Vendors.configMember("CustomOauth2")).isEqualTo("customOauth2ProviderConfig");
		assertThat(Vendors.configMember("CognitoOauth2")).isEqualTo("includedOauth2ProviderConfig");
		assertThat(Vendors.clientOnly("GoogleOauth2")).isTrue();
		assertThat(Vendors.clientOnly("OktaOauth2")).isFalse();
	}

	@Test
	void aCustomOidcVendorSaysWhereItsServerIs() {
		assertThat(code(oauth2("CustomOauth2", "c", null, null), true)).isEqualTo("DISCOVERY_REQUIRED");
		assertThat(code(oauth2("CustomOauth2", "c", "https://idp.example.com/openid", null), true))
			.isEqualTo("DISCOVERY_URL_INVALID");
		assertThat(code(oauth2("CustomOauth2", "c", null, new Metadata("https://idp.example.com", null, null, null, null)), true))
			.isEqualTo("METADATA_INCOMPLETE");
		assertThat(code(oauth2("CustomOauth2", "c", null, new Metadata("http://idp.example.com",
				"http://idp.example.com/authorize", "http://idp.example.com/token", null, null)), true))
			.isEqualTo("METADATA_NOT_HTTPS");
		assertThatCode(() -> VendorRules.check(oauth2("CustomOauth2", "c",
				"https://idp.example.com/.well-known/openid-configuration", null), true, true)).doesNotThrowAnyException();
	}

	@Test
	void vendorsAgentCoreKnowsTakeOnlyTheirClient() {
		assertThat(code(oauth2("GithubOauth2", "c", "https://github.com/.well-known/openid-configuration", null), true))
			.isEqualTo("VENDOR_KNOWS_ITS_SERVER");
		assertThat(code(oauth2("NoSuchOauth2", "c", null, null), true)).isEqualTo("VENDOR_UNKNOWN");
		assertThat(code(oauth2(null, "c", null, null), true)).isEqualTo("VENDOR_REQUIRED");
		assertThat(code(oauth2("GithubOauth2", null, null, null), true)).isEqualTo("CLIENT_ID_REQUIRED");
		assertThatCode(() -> VendorRules.check(oauth2("GithubOauth2", "c", null, null), true, true)).doesNotThrowAnyException();
	}

	@Test
	void aNewProviderNeedsItsSecretAReplacedOneDoesNot() {
		assertThat(code(oauth2("GithubOauth2", "c", null, null), false)).isEqualTo("SECRET_REQUIRED");
		assertThat(code(new CredentialProviderSpec(ProviderType.API_KEY, null, null), false)).isEqualTo("SECRET_REQUIRED");
		assertThatCode(() -> VendorRules.check(new CredentialProviderSpec(ProviderType.API_KEY, null, null), false, false))
			.doesNotThrowAnyException();
		assertThat(code(new CredentialProviderSpec(ProviderType.API_KEY, "GithubOauth2", null), true))
			.isEqualTo("API_KEY_TAKES_NO_OAUTH2");
	}

	@Test
	void cognitoIssuerIsTheUserPoolsAndItsDomainHasNoUnderscore() {
		assertThat(code(oauth2("CognitoOauth2", "c", "https://cognito-idp.us-west-2.amazonaws.com/.well-known/openid-configuration",
				null), true)).isEqualTo("COGNITO_ISSUER_INVALID");
		assertThat(code(oauth2("CognitoOauth2", "c", null, new Metadata(COGNITO, null,
				"https://us-west-2_gmSGKKGr9.auth.us-west-2.amazoncognito.com/oauth2/token", null, null)), true))
			.isEqualTo("COGNITO_DOMAIN_INVALID");
		assertThatCode(() -> VendorRules.check(oauth2("CognitoOauth2", "c", COGNITO + "/.well-known/openid-configuration",
				null), true, true)).doesNotThrowAnyException();
		assertThatCode(() -> VendorRules.check(oauth2("CognitoOauth2", "c", null, new Metadata(COGNITO, null,
				"https://us-west-2gmSGKKGr9.auth.us-west-2.amazoncognito.com/oauth2/token", null, null)), true, true))
			.doesNotThrowAnyException();
	}

	@Test
	void oktaNeedsAnAuthorizationServerAndAuth0ItsTrailingSlash() {
		assertThat(code(oauth2("OktaOauth2", "c", "https://acme.okta.com/.well-known/openid-configuration", null), true))
			.isEqualTo("OKTA_AUTHORIZATION_SERVER_REQUIRED");
		assertThatCode(() -> VendorRules.check(oauth2("OktaOauth2", "c",
				"https://acme.okta.com/oauth2/default/.well-known/openid-configuration", null), true, true))
			.doesNotThrowAnyException();
		assertThat(code(oauth2("Auth0Oauth2", "c", null, new Metadata("https://dev-x.us.auth0.com", null, null, null, null)), true))
			.isEqualTo("AUTH0_ISSUER_SLASH");
		OAuth2 discovered = new OAuth2("c", "https://dev-x.us.auth0.com/.well-known/openid-configuration", null);
		assertThat(VendorRules.issuer("Auth0Oauth2", discovered)).isEqualTo("https://dev-x.us.auth0.com/");
		assertThatCode(() -> VendorRules.check(new CredentialProviderSpec(ProviderType.OAUTH2, "Auth0Oauth2", discovered),
				true, true)).doesNotThrowAnyException();
	}

	private static CredentialProviderSpec oauth2(String vendor, String clientId, String discoveryUrl, Metadata metadata) {
		return new CredentialProviderSpec(ProviderType.OAUTH2, vendor, new OAuth2(clientId, discoveryUrl, metadata));
	}

	private static String code(CredentialProviderSpec spec, boolean secretGiven) {
		InvalidRequest refused = catchThrowableOfType(InvalidRequest.class, () -> VendorRules.check(spec, secretGiven, true));
		assertThat(refused).as("refused").isNotNull();
		return (String) refused.getBody().getProperties().get("code");
	}

}
