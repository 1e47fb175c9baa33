package dev.agentcore.controlplane.idp;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static dev.agentcore.controlplane.idp.ManagedIdpProfileTests.DECLARED;
import static dev.agentcore.controlplane.idp.ManagedIdpProfileTests.clients;
import static dev.agentcore.controlplane.support.ProblemAssertions.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

/** The managed Cognito part of a profile, apart from the aggregate: its rules, with nothing stored. */
class ManagedIdentityProviderTests {

	static final UUID ID = UUID.fromString("0190f5a2-0000-7000-8000-0000000000dd");

	@Test
	void aDeclaredOneGetsADerivedDomainPrefixUnlessItNamesOne() {
		ManagedIdentityProvider derived = ManagedIdentityProvider.declared(clients("agent"), "payments", ID);
		assertThat(derived.managed().domainPrefix()).startsWith("payments-");
		ManagedCognito named = clients("agent").withDomainPrefix("my-prefix");
		assertThat(ManagedIdentityProvider.declared(named, "payments", ID).managed().domainPrefix()).isEqualTo("my-prefix");
		assertThat(ManagedIdentityProvider.declared(null, "payments", ID).managed()).as("one the team runs").isNull();
	}

	@Test
	void aProfileDoesNotChangeBetweenManagedAndNot() {
		ManagedIdentityProvider managed = ManagedIdentityProvider.declared(clients("agent"), "payments", ID);
		ManagedIdentityProvider runByTheTeam = ManagedIdentityProvider.declared(null, "okta", ID);
		assertThat(codeOf(() -> managed.respecified(null))).isEqualTo("MANAGED_IMMUTABLE");
		assertThat(codeOf(() -> runByTheTeam.respecified(clients("agent")))).isEqualTo("MANAGED_IMMUTABLE");
		assertThat(runByTheTeam.respecified(null).managed()).isNull();
	}

	@Test
	void onlyAChangeOfWhatWasProvisionedIsANewGeneration() {
		ManagedIdentityProvider managed = ManagedIdentityProvider.declared(clients("agent"), "payments", ID);
		assertThat(managed.provisionedPartsChange(managed.managed())).isFalse();
		assertThat(managed.provisionedPartsChange(clients("agent", "batch").withDomainPrefix(managed.managed().domainPrefix())))
			.isTrue();
		assertThat(ManagedIdentityProvider.declared(null, "okta", ID).provisionedPartsChange(null)).isFalse();
	}

	@Test
	void gatewaysSeeThePoolAndClientsOnceTheyExistAndTheDeclarationOfOneTheTeamRuns() {
		ManagedIdentityProvider declared = ManagedIdentityProvider.declared(clients("agent"), "payments", ID);
		assertThat(declared.authorizerReady()).isFalse();
		assertThat(declared.effective(DECLARED).discoveryUrl()).isNull();
		String url = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_abc/.well-known/openid-configuration";
		ManagedIdentityProvider provisioned = new ManagedIdentityProvider(declared.managed(),
				new AwsUserPool("us-east-1_abc", "arn", url, "payments-x", "READY", List.of()),
				new ManagedClients(List.of(new ManagedClient("agent", "4f2kq1v8", "arn:secret"))), null);
		assertThat(provisioned.authorizerReady()).isTrue();
		assertThat(provisioned.effective(DECLARED).discoveryUrl()).isEqualTo(url);
		assertThat(provisioned.effective(DECLARED).allowedClients()).containsExactly("4f2kq1v8");
		ManagedIdentityProvider none = new ManagedIdentityProvider(null, null, null, null);
		assertThat(none.aws()).isSameAs(AwsUserPool.NONE);
		assertThat(none.managedClients()).isSameAs(ManagedClients.NONE);
		assertThat(none.authorizerReady()).isTrue();
		assertThat(none.effective(DECLARED)).isSameAs(DECLARED);
	}

}
