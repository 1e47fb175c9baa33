package dev.agentcore.controlplane.idp;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.nimbusds.jwt.JWTClaimsSet;

import dev.agentcore.controlplane.idp.TokenCheck.Check;
import dev.agentcore.controlplane.idp.TokenCheck.Outcome;

/**
 * The claim checks of the token diagnosis (audience, clients, scopes, custom claims), each with the
 * remedy the seed's troubleshooting section gives for its failure.
 */
final class ClaimChecks {

	private ClaimChecks() {
	}

	static void audience(IdpProfileSpec spec, List<String> audience, String clientId, List<Check> checks,
			Set<String> remedies) {
		if (spec.allowedAudience().isEmpty()) {
			checks.add(new Check("audience", Outcome.SKIP, "The profile does not check 'aud'."));
			return;
		}
		if (audience.stream().anyMatch(spec.allowedAudience()::contains)) {
			checks.add(new Check("audience", Outcome.PASS, "'aud' " + audience + " is allowed."));
			return;
		}
		if (audience.isEmpty()) {
			checks.add(new Check("audience", Outcome.FAIL, "The token has no 'aud' claim; the profile requires one of "
					+ spec.allowedAudience() + "."));
			if (clientId != null) {
				remedies.add("This is a Cognito client-credentials token: it carries 'client_id' and no 'aud'. Use "
						+ "provider COGNITO with allowedClients [\"" + clientId + "\"] instead of allowedAudience.");
			}
			else {
				remedies.add("Request the token with an audience of " + spec.allowedAudience() + ".");
			}
			return;
		}
		checks.add(new Check("audience", Outcome.FAIL, "'aud' " + audience + " is not among " + spec.allowedAudience() + "."));
		if (matchesIgnoringCase(audience, spec.allowedAudience())) {
			remedies.add("The audience matches only ignoring case: values are case-sensitive. Use exactly the API "
					+ "identifier the identity provider puts in 'aud'.");
		}
		else {
			remedies.add("Request the token for audience " + spec.allowedAudience().getFirst()
					+ " (Auth0: the API identifier; Okta: the authorization server's audience), or add " + audience
					+ " to allowedAudience.");
		}
	}

	static void clients(IdpProfileSpec spec, List<String> audience, String clientId, List<Check> checks,
			Set<String> remedies) {
		if (spec.allowedClients().isEmpty()) {
			checks.add(new Check("clients", Outcome.SKIP, "The profile does not check 'client_id'."));
			return;
		}
		if (clientId != null && spec.allowedClients().contains(clientId)) {
			checks.add(new Check("clients", Outcome.PASS, "'client_id' " + clientId + " is allowed."));
			return;
		}
		if (clientId == null) {
			checks.add(new Check("clients", Outcome.FAIL, "The token has no 'client_id' claim; the profile requires one of "
					+ spec.allowedClients() + "."));
			if (!audience.isEmpty()) {
				remedies.add("This looks like an Auth0/Okta token: it carries 'aud'. Use allowedAudience [\""
						+ audience.getFirst() + "\"] instead of allowedClients.");
			}
			return;
		}
		checks.add(new Check("clients", Outcome.FAIL, "'client_id' " + clientId + " is not among " + spec.allowedClients() + "."));
		if (matchesIgnoringCase(List.of(clientId), spec.allowedClients())) {
			remedies.add("The client id matches only ignoring case: values are case-sensitive. Copy the app client id exactly.");
		}
		else {
			remedies.add("The token was issued to client " + clientId + ": add it to allowedClients, or get the token "
					+ "with one of " + spec.allowedClients() + ".");
		}
	}

	static void scopes(IdpProfileSpec spec, JWTClaimsSet claims, List<Check> checks, Set<String> remedies) {
		if (spec.allowedScopes().isEmpty()) {
			checks.add(new Check("scopes", Outcome.SKIP, "The profile does not check scopes."));
			return;
		}
		Set<String> granted = new LinkedHashSet<>(values(claims.getClaim("scope")));
		granted.addAll(values(claims.getClaim("scp")));
		if (granted.stream().anyMatch(spec.allowedScopes()::contains)) {
			checks.add(new Check("scopes", Outcome.PASS, "Scopes " + granted + " include an allowed one."));
			return;
		}
		checks.add(new Check("scopes", Outcome.FAIL, "Scopes " + granted + " include none of " + spec.allowedScopes() + "."));
		remedies.add("Request the token with scope " + String.join(" or ", spec.allowedScopes())
				+ " (and make sure the app client is allowed that scope at the identity provider).");
	}

	static void customClaim(CustomClaim rule, Object value, List<Check> checks, Set<String> remedies) {
		String name = "claim " + rule.name();
		if (value == null) {
			checks.add(new Check(name, Outcome.FAIL, "The token has no '" + rule.name() + "' claim."));
			remedies.add("Configure the identity provider to add the '" + rule.name() + "' claim to access tokens.");
			return;
		}
		List<String> actual = values(value);
		boolean pass = switch (rule.operator()) {
			case EQUALS -> actual.size() == 1 && actual.getFirst().equals(rule.values().getFirst()) && !(value instanceof Collection);
			case CONTAINS -> value instanceof Collection && actual.containsAll(rule.values());
			case CONTAINS_ANY -> value instanceof Collection && actual.stream().anyMatch(rule.values()::contains);
		};
		checks.add(new Check(name, pass ? Outcome.PASS : Outcome.FAIL, "'" + rule.name() + "' is " + actual + "; the profile requires "
				+ rule.operator() + " " + rule.values() + "."));
		if (!pass && matchesIgnoringCase(actual, rule.values())) {
			remedies.add("Claim '" + rule.name() + "' matches only ignoring case: values are case-sensitive.");
		}
	}

	private static boolean matchesIgnoringCase(Collection<String> actual, Collection<String> allowed) {
		return actual.stream().anyMatch(a -> allowed.stream().anyMatch(b -> b.toLowerCase(Locale.ROOT).equals(a.toLowerCase(Locale.ROOT))));
	}

	private static List<String> values(Object claim) {
		if (claim instanceof String text) {
			return List.of(text.trim().split("\\s+"));
		}
		if (claim instanceof Collection<?> collection) {
			return collection.stream().map(String::valueOf).toList();
		}
		return claim == null ? List.of() : List.of(String.valueOf(claim));
	}

}
