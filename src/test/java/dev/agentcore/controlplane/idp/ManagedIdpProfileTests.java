package dev.agentcore.controlplane.idp;

import java.util.List;

import org.junit.jupiter.api.Test;

import static dev.agentcore.controlplane.support.ProblemAssertions.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

/** A managed profile: its generation counts changes of what is provisioned, and gateways see what was created. */
class ManagedIdpProfileTests {

	static final ManagedCognito.ResourceServer SERVER = new ManagedCognito.ResourceServer("api", null, List.of("read"));

	static final IdpProfileSpec DECLARED = new IdpProfileSpec(null, Provider.COGNITO, null, null, null, List.of("api/read"), null);

	static ManagedCognito clients(String... names) {
		return new ManagedCognito(SERVER,
				java.util.Arrays.stream(names).map(name -> new ManagedCognito.Client(name, List.of("api/read"))).toList(), null);
	}

	@Test
	void aDeclaredManagedProfileGetsADomainPrefixAndIsNotReadyForGateways() {
		IdpProfile profile = IdpProfile.declare("team-a", "payments", DECLARED, clients("agent"), Discovery.pending(), "alice");
		assertThat(profile.managed().domainPrefix()).startsWith("payments-").hasSize("payments-".length() + 10);
		assertThat(profile.isManaged()).isTrue();
		assertThat(profile.authorizerReady()).isFalse();
		assertThat(profile.spec().discoveryUrl()).isNull();
		assertThat(profile.spec().allowedClients()).isEmpty();
		assertThat(profile.spec().allowedScopes()).containsExactly("api/read");
		assertThat(profile.secretNamePrefix()).isEqualTo("agentcore-control-plane/idp-profiles/" + profile.id() + "/");
	}

	@Test
	void gatewaysSeeThePoolsDiscoveryUrlAndTheClientIdsTheProvisionerRecorded() {
		IdpProfile declared = IdpProfile.declare("team-a", "payments", DECLARED, clients("agent"), Discovery.pending(), "alice");
		String url = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_abcdefghi/.well-known/openid-configuration";
		IdpProfile provisioned = new IdpProfile(declared.id(), "team-a", "payments", DECLARED,
				new ManagedIdentityProvider(declared.managed(),
						new AwsUserPool("us-east-1_abcdefghi", "arn", url, "payments-x", "READY", List.of()),
						new ManagedClients(List.of(new ManagedClient("agent", "4f2kq1v8", "arn:secret"))), null),
				Discovery.pending(), 1, declared.lifecycle(), "alice", declared.status());
		assertThat(provisioned.authorizerReady()).isTrue();
		assertThat(provisioned.spec().discoveryUrl()).isEqualTo(url);
		assertThat(provisioned.spec().allowedClients()).containsExactly("4f2kq1v8");
		assertThat(provisioned.declaredSpec()).isSameAs(DECLARED);
		assertThat(provisioned.authorizerFingerprint()).contains(url).contains("4f2kq1v8");
	}

	@Test
	void onlyChangesOfWhatIsProvisionedCountAsGenerations() {
		IdpProfile profile = IdpProfile.declare("team-a", "payments", DECLARED, clients("agent"), Discovery.pending(), "alice");
		ManagedCognito same = clients("agent").withDomainPrefix(profile.managed().domainPrefix());
		IdpProfileSpec scoped = new IdpProfileSpec("now described", Provider.COGNITO, null, null, null, List.of("api/read"), null);
		assertThat(profile.respecify("payments", scoped, same, Discovery.pending(), "bob")).isTrue();
		assertThat(profile.generation()).as("the description is not in AWS").isEqualTo(1);
		assertThat(profile.respecify("payments", scoped, same, Discovery.pending(), "bob")).isFalse();
		assertThat(profile.respecify("payments", scoped, clients("agent", "second").withDomainPrefix(same.domainPrefix()),
				Discovery.pending(), "bob")).isTrue();
		assertThat(profile.generation()).isEqualTo(2);
	}

	@Test
	void aProfileStaysManagedOrNotAndTakesNoChangeWhileBeingDeleted() {
		IdpProfile profile = IdpProfile.declare("team-a", "payments", DECLARED, clients("agent"), Discovery.pending(), "alice");
		assertThat(codeOf(() -> profile.respecify("payments", DECLARED, null, Discovery.pending(), "bob"))).isEqualTo("MANAGED_IMMUTABLE");
		profile.requestDeletion("bob");
		assertThat(profile.deletionRequested()).isTrue();
		assertThat(codeOf(() -> profile.respecify("payments", DECLARED, profile.managed(), Discovery.pending(), "bob")))
			.isEqualTo("IDP_PROFILE_DELETING");
		assertThat(codeOf(() -> profile.respecify("renamed", DECLARED, profile.managed(), Discovery.pending(), "bob")))
			.isEqualTo("NAME_IMMUTABLE");
	}

}
