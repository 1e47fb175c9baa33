package dev.agentcore.controlplane.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;

/** Reads claims whose name and shape differ between identity providers. */
final class TokenClaims {

	private TokenClaims() {
	}

	/** The OAuth client: {@code client_id} (Cognito, Auth0), {@code azp} (OIDC), {@code cid} (Okta). */
	static String clientId(Jwt jwt) {
		for (String claim : List.of("client_id", "azp", "cid")) {
			String value = jwt.getClaimAsString(claim);
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return null;
	}

	/** Scopes from {@code scope} (space-separated string, or array) and {@code scp} (array, or string). */
	static Set<String> scopes(Jwt jwt) {
		Set<String> scopes = new LinkedHashSet<>();
		scopes.addAll(values(jwt.getClaims().get("scope")));
		scopes.addAll(values(jwt.getClaims().get("scp")));
		return scopes;
	}

	/** Audiences, whether {@code aud} is a string or an array. */
	static List<String> audiences(Jwt jwt) {
		return values(jwt.getClaims().get("aud"));
	}

	private static List<String> values(Object claim) {
		List<String> values = new ArrayList<>();
		if (claim instanceof String text) {
			for (String value : text.trim().split("\\s+")) {
				if (!value.isEmpty()) {
					values.add(value);
				}
			}
		}
		else if (claim instanceof Collection<?> collection) {
			collection.stream().filter(value -> value != null).map(Object::toString).forEach(values::add);
		}
		return values;
	}

}
