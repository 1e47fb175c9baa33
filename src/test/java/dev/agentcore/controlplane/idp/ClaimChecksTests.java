package dev.agentcore.controlplane.idp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;

import dev.agentcore.controlplane.idp.CustomClaim.Operator;
import dev.agentcore.controlplane.idp.CustomClaim.ValueType;
import dev.agentcore.controlplane.idp.TokenCheck.Check;
import dev.agentcore.controlplane.idp.TokenCheck.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/** Each claim check of the token diagnosis: pass, fail or skip, and the remedy that fits the failure. */
class ClaimChecksTests {

	private final List<Check> checks = new ArrayList<>();

	private final Set<String> remedies = new LinkedHashSet<>();

	@Test
	void audienceIsSkippedWhenTheProfileDoesNotCheckIt() {
		ClaimChecks.audience(spec(List.of(), List.of(), List.of()), List.of("api"), null, checks, remedies);
		assertThat(outcome()).isEqualTo(Outcome.SKIP);
		assertThat(remedies).isEmpty();
	}

	@Test
	void audienceAmongTheAllowedPasses() {
		ClaimChecks.audience(spec(List.of(), List.of("orders", "api"), List.of()), List.of("other", "api"), null, checks, remedies);
		assertThat(outcome()).isEqualTo(Outcome.PASS);
	}

	@Test
	void missingAudienceOnACognitoTokenPointsToAllowedClients() {
		ClaimChecks.audience(spec(List.of(), List.of("api"), List.of()), List.of(), "client-1", checks, remedies);
		assertThat(outcome()).isEqualTo(Outcome.FAIL);
		assertThat(remedies).singleElement().asString().contains("allowedClients [\"client-1\"]");
	}

	@Test
	void missingAudienceWithoutClientIdAsksForTheAudience() {
		ClaimChecks.audience(spec(List.of(), List.of("api"), List.of()), List.of(), null, checks, remedies);
		assertThat(outcome()).isEqualTo(Outcome.FAIL);
		assertThat(remedies).containsExactly("Request the token with an audience of [api].");
	}

	@Test
	void audienceDifferingOnlyInCaseSaysValuesAreCaseSensitive() {
		ClaimChecks.audience(spec(List.of(), List.of("Orders-API"), List.of()), List.of("orders-api"), null, checks, remedies);
		assertThat(outcome()).isEqualTo(Outcome.FAIL);
		assertThat(remedies).singleElement().asString().contains("only ignoring case");
	}

	@Test
	void anotherAudienceSuggestsRequestingTheFirstAllowedOrAddingIt() {
		ClaimChecks.audience(spec(List.of(), List.of("orders", "billing"), List.of()), List.of("shop"), null, checks, remedies);
		assertThat(checks.getFirst().detail()).isEqualTo("'aud' [shop] is not among [orders, billing].");
		assertThat(remedies).singleElement().asString().startsWith("Request the token for audience orders").contains("add [shop]");
	}

	@Test
	void clientsAreSkippedPassedOrFailed() {
		ClaimChecks.clients(spec(List.of(), List.of(), List.of()), List.of(), "c1", checks, remedies);
		ClaimChecks.clients(spec(List.of("c1"), List.of(), List.of()), List.of(), "c1", checks, remedies);
		ClaimChecks.clients(spec(List.of("c1"), List.of(), List.of()), List.of(), "c2", checks, remedies);
		assertThat(checks).extracting(Check::outcome).containsExactly(Outcome.SKIP, Outcome.PASS, Outcome.FAIL);
		assertThat(remedies).singleElement().asString().startsWith("The token was issued to client c2");
	}

	@Test
	void missingClientIdOnATokenWithAudiencePointsToAllowedAudience() {
		ClaimChecks.clients(spec(List.of("c1"), List.of(), List.of()), List.of("https://api.example.com"), null, checks, remedies);
		assertThat(outcome()).isEqualTo(Outcome.FAIL);
		assertThat(remedies).singleElement().asString().contains("allowedAudience [\"https://api.example.com\"]");
	}

	@Test
	void missingClientIdWithoutAudienceFailsWithoutARemedyThatWouldMislead() {
		ClaimChecks.clients(spec(List.of("c1"), List.of(), List.of()), List.of(), null, checks, remedies);
		assertThat(outcome()).isEqualTo(Outcome.FAIL);
		assertThat(remedies).isEmpty();
	}

	@Test
	void clientIdDifferingOnlyInCaseSaysSo() {
		ClaimChecks.clients(spec(List.of("AbC"), List.of(), List.of()), List.of(), "abc", checks, remedies);
		assertThat(remedies).singleElement().asString().contains("only ignoring case");
	}

	@Test
	void scopesFromScopeOrScpClaimsPassWhenOneIsAllowed() {
		IdpProfileSpec spec = spec(List.of(), List.of(), List.of("orders/read"));
		ClaimChecks.scopes(spec, claims().claim("scope", "openid orders/read").build(), checks, remedies);
		ClaimChecks.scopes(spec, claims().claim("scp", List.of("orders/read")).build(), checks, remedies);
		ClaimChecks.scopes(spec, claims().claim("scope", "openid").build(), checks, remedies);
		assertThat(checks).extracting(Check::outcome).containsExactly(Outcome.PASS, Outcome.PASS, Outcome.FAIL);
		assertThat(remedies).containsExactly("Request the token with scope orders/read (and make sure the app client is "
				+ "allowed that scope at the identity provider).");
	}

	@Test
	void scopesAreSkippedWhenTheProfileDoesNotCheckThem() {
		ClaimChecks.scopes(spec(List.of(), List.of(), List.of()), claims().build(), checks, remedies);
		assertThat(outcome()).isEqualTo(Outcome.SKIP);
	}

	@Test
	void equalsNeedsASingleMatchingStringNotAList() {
		CustomClaim tier = new CustomClaim("tier", ValueType.STRING, Operator.EQUALS, List.of("gold"));
		ClaimChecks.customClaim(tier, "gold", checks, remedies);
		ClaimChecks.customClaim(tier, List.of("gold"), checks, remedies);
		ClaimChecks.customClaim(tier, "silver", checks, remedies);
		assertThat(checks).extracting(Check::outcome).containsExactly(Outcome.PASS, Outcome.FAIL, Outcome.FAIL);
		assertThat(checks.getFirst().name()).isEqualTo("claim tier");
	}

	@Test
	void containsNeedsEveryValueAndContainsAnyOne() {
		CustomClaim all = new CustomClaim("groups", ValueType.STRING_ARRAY, Operator.CONTAINS, List.of("a", "b"));
		CustomClaim any = new CustomClaim("groups", ValueType.STRING_ARRAY, Operator.CONTAINS_ANY, List.of("a", "b"));
		ClaimChecks.customClaim(all, List.of("a", "b", "c"), checks, remedies);
		ClaimChecks.customClaim(all, List.of("a"), checks, remedies);
		ClaimChecks.customClaim(any, List.of("b"), checks, remedies);
		ClaimChecks.customClaim(any, List.of("c"), checks, remedies);
		ClaimChecks.customClaim(any, "a", checks, remedies);
		assertThat(checks).extracting(Check::outcome)
			.containsExactly(Outcome.PASS, Outcome.FAIL, Outcome.PASS, Outcome.FAIL, Outcome.FAIL);
	}

	@Test
	void missingCustomClaimAsksTheProviderToAddIt() {
		ClaimChecks.customClaim(new CustomClaim("tier", ValueType.STRING, Operator.EQUALS, List.of("gold")), null, checks, remedies);
		assertThat(outcome()).isEqualTo(Outcome.FAIL);
		assertThat(remedies).containsExactly("Configure the identity provider to add the 'tier' claim to access tokens.");
	}

	@Test
	void customClaimDifferingOnlyInCaseSaysSo() {
		ClaimChecks.customClaim(new CustomClaim("tier", ValueType.STRING, Operator.EQUALS, List.of("gold")), "Gold", checks,
				remedies);
		assertThat(remedies).containsExactly("Claim 'tier' matches only ignoring case: values are case-sensitive.");
	}

	private Outcome outcome() {
		assertThat(checks).hasSize(1);
		return checks.getFirst().outcome();
	}

	private static JWTClaimsSet.Builder claims() {
		return new JWTClaimsSet.Builder();
	}

	private static IdpProfileSpec spec(List<String> clients, List<String> audience, List<String> scopes) {
		return new IdpProfileSpec(null, Provider.COGNITO, "https://issuer.example.com/.well-known/openid-configuration", clients,
				audience, scopes, List.of());
	}

}
