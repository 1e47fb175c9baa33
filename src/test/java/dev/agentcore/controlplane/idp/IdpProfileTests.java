package dev.agentcore.controlplane.idp;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.ProblemDetail;

import dev.agentcore.controlplane.resource.Lifecycle;

import static dev.agentcore.controlplane.support.ProblemAssertions.code;
import static dev.agentcore.controlplane.support.ProblemAssertions.codeOf;
import static dev.agentcore.controlplane.support.ProblemAssertions.problemOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The IDP profile aggregate: its name is fixed, its spec and discovery change together. */
class IdpProfileTests {

	static final Instant LAST_WEEK = Instant.parse("2025-01-01T10:00:00.123456Z");

	static final String COGNITO_URL = "https://cognito-idp.us-west-2.amazonaws.com/us-west-2_abc123/.well-known/openid-configuration";

	@Test
	void declaredProfileIsNewWithItsDiscovery() {
		Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
		IdpProfileSpec spec = cognitoSpec("client-1");
		Discovery discovery = validDiscovery();
		IdpProfile profile = IdpProfile.declare("team-a", "cognito", spec, null, discovery, "alice");
		assertThat(profile.id()).isNotNull();
		assertThat(profile.id().version()).isEqualTo(7);
		assertThat(profile.team()).isEqualTo("team-a");
		assertThat(profile.name()).isEqualTo("cognito");
		assertThat(profile.spec()).isSameAs(spec);
		assertThat(profile.discovery()).isSameAs(discovery);
		assertThat(profile.version()).isZero();
		assertThat(profile.createdBy()).isEqualTo("alice");
		assertThat(profile.createdAt()).isEqualTo(profile.updatedAt()).isBetween(before, Instant.now());
	}

	@Test
	void respecifyReplacesSpecAndDiscovery() {
		IdpProfile profile = storedProfile();
		IdpProfileSpec changed = cognitoSpec("client-2");
		Discovery checked = Discovery.pending();
		assertThat(profile.respecify("cognito", changed, null, checked, "bob")).isTrue();
		assertThat(profile.spec()).isSameAs(changed);
		assertThat(profile.discovery()).isSameAs(checked);
		assertThat(profile.updatedAt()).isAfter(LAST_WEEK).isCloseTo(Instant.now(), within(5, ChronoUnit.SECONDS));
		assertThat(profile.createdAt()).isEqualTo(LAST_WEEK.minus(3, ChronoUnit.DAYS));
		assertThat(profile.name()).isEqualTo("cognito");
		assertThat(profile.version()).isEqualTo(5);
	}

	@Test
	void nameCannotChange() {
		IdpProfile profile = storedProfile();
		ProblemDetail problem = problemOf(() -> profile.respecify("renamed", cognitoSpec("client-2"), null, Discovery.pending(), "bob"));
		assertThat(code(problem)).isEqualTo("NAME_IMMUTABLE");
		assertThat(problem.getStatus()).isEqualTo(409);
		assertThat(problem.getDetail()).contains("'cognito'");
		assertThat(profile.spec()).isEqualTo(cognitoSpec("client-1"));
		assertThat(profile.discovery()).isEqualTo(validDiscovery());
		assertThat(profile.updatedAt()).isEqualTo(LAST_WEEK);
		assertThat(codeOf(() -> profile.checkName("Cognito"))).as("names are case-sensitive").isEqualTo("NAME_IMMUTABLE");
		profile.checkName("cognito");
		assertThat(profile.updatedAt()).isEqualTo(LAST_WEEK);
	}

	@Test
	void recordedDiscoveryKeepsTheSpec() {
		IdpProfile profile = storedProfile();
		Discovery unreachable = new Discovery(Discovery.State.UNREACHABLE, null, null, null, Instant.now(), "timed out");
		profile.recordDiscovery(unreachable);
		assertThat(profile.discovery()).isSameAs(unreachable);
		assertThat(profile.spec()).isEqualTo(cognitoSpec("client-1"));
		assertThat(profile.updatedAt()).isAfter(LAST_WEEK);
	}

	@Test
	void pendingDiscoverySaysItWasNotChecked() {
		Discovery pending = Discovery.pending();
		assertThat(pending.state()).isEqualTo(Discovery.State.PENDING);
		assertThat(pending.issuer()).isNull();
		assertThat(pending.jwksUri()).isNull();
		assertThat(pending.checkedAt()).isNull();
		assertThat(pending.message()).isEqualTo("Not checked yet.");
	}

	@Test
	void specListsAreNeverNullAndCannotChangeBehindTheProfile() {
		IdpProfileSpec empty = new IdpProfileSpec(null, Provider.OIDC, "https://idp.example.com" + IdpProfileRules.WELL_KNOWN,
				null, null, null, null);
		assertThat(empty.allowedClients()).isEmpty();
		assertThat(empty.allowedAudience()).isEmpty();
		assertThat(empty.allowedScopes()).isEmpty();
		assertThat(empty.customClaims()).isEmpty();
		java.util.ArrayList<String> clients = new java.util.ArrayList<>(List.of("a"));
		IdpProfileSpec spec = new IdpProfileSpec(null, Provider.COGNITO, COGNITO_URL, clients, null, null, null);
		clients.add("b");
		assertThat(spec.allowedClients()).containsExactly("a");
	}

	@Test
	void equalSettingsAreNoChangeAndASelfRunProfileKeepsItsGeneration() {
		IdpProfile profile = storedProfile();
		assertThat(profile.respecify("cognito", cognitoSpec("client-1"), null, validDiscovery(), "bob")).isFalse();
		assertThat(profile.generation()).isEqualTo(1);
		assertThat(profile.respecify("cognito", cognitoSpec("client-2"), null, validDiscovery(), "bob")).isTrue();
		assertThat(profile.generation()).as("nothing of a self-run profile is provisioned").isEqualTo(1);
	}

	@Test
	void deletionRequestIsStampedAndRefusesChanges() {
		IdpProfile profile = storedProfile();
		profile.requestDeletion("bob");
		assertThat(profile.deletionRequested()).isTrue();
		assertThat(profile.updatedAt()).isAfter(LAST_WEEK);
		assertThat(codeOf(() -> profile.respecify("cognito", cognitoSpec("client-2"), null, Discovery.pending(), "bob")))
			.isEqualTo("IDP_PROFILE_DELETING");
		assertThat(profile.spec()).isEqualTo(cognitoSpec("client-1"));
	}

	/** A Cognito profile as the repository loads it: saved five times, last changed last week. */
	static IdpProfile storedProfile() {
		return new IdpProfile(UUID.fromString("0190f5a2-0000-7000-8000-0000000000cc"), "team-a", "cognito",
				cognitoSpec("client-1"), new ManagedIdentityProvider(null, null, null, null), validDiscovery(), 5,
				new Lifecycle(1, LAST_WEEK.minus(3, ChronoUnit.DAYS), LAST_WEEK, null, null, null), "alice",
				dev.agentcore.controlplane.resource.ResourceStatus.accepted());
	}

	static IdpProfileSpec cognitoSpec(String client) {
		return new IdpProfileSpec("Cognito pool", Provider.COGNITO, COGNITO_URL, List.of(client), List.of(), List.of(),
				List.of());
	}

	static Discovery validDiscovery() {
		return new Discovery(Discovery.State.VALID, "https://cognito-idp.us-west-2.amazonaws.com/us-west-2_abc123",
				"https://cognito-idp.us-west-2.amazonaws.com/us-west-2_abc123/.well-known/jwks.json",
				null, LAST_WEEK, "Valid.");
	}

}
