package dev.agentcore.controlplane.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.RSAKey;

/** What the simulated Cognito holds: user pools, hosted domains, resource servers and app clients. */
final class CognitoRecords {

	private CognitoRecords() {
	}

	/** A user pool and the key its tokens are signed with. */
	record UserPool(String id, String name, String arn, Map<String, String> tags, Instant createdAt, Instant updatedAt,
			String domain, RSAKey signingKey) {

		UserPool withDomain(String prefix, Instant at) {
			return new UserPool(id, name, arn, tags, createdAt, at, prefix, signingKey);
		}

	}

	/** A hosted domain; CREATING and DELETING settle after the fault injector's transition delay. */
	record Domain(String prefix, String userPoolId, String status, Instant settlesAt) {
	}

	record Scope(String name, String description) {
	}

	record ResourceServer(String userPoolId, String identifier, String name, List<Scope> scopes) {

		/** Its key among the account's resource servers: identifiers are unique in a pool. */
		static String key(String userPoolId, String identifier) {
			return userPoolId + "|" + identifier;
		}

		String key() {
			return key(userPoolId, identifier);
		}

		List<String> fullScopes() {
			return scopes.stream().map(scope -> identifier + "/" + scope.name()).toList();
		}

	}

	/**
	 * An app client; {@code secret} is null when it was created without one.
	 *
	 * @param accessTokenMinutes lifetime of its access tokens
	 */
	record AppClient(String userPoolId, String clientId, String name, String secret, List<String> flows,
			List<String> scopes, boolean oauthEnabled, List<String> identityProviders, int accessTokenMinutes,
			Instant createdAt, Instant updatedAt) {
	}

}
