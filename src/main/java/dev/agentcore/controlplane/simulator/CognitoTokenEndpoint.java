package dev.agentcore.controlplane.simulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.simulator.CognitoRecords.AppClient;
import dev.agentcore.controlplane.simulator.CognitoRecords.UserPool;

/**
 * A hosted domain's {@code /oauth2/token} for the client-credentials grant, as Cognito answers it:
 * the client authenticates with HTTP Basic (or in the form), must have the client-credentials flow
 * and may ask only for resource-server scopes it is allowed; failures are {@code {"error": ...}}
 * with HTTP 400. Tokens have Cognito's exact shape: {@code client_id} and no {@code aud}.
 */
@Component
@Profile({ "local", "simulator" })
class CognitoTokenEndpoint {

	/** Pools of every account and region: a domain's token endpoint answers wherever its pool is. */
	private final SimulatedAccountServices accounts;

	private final SimulatorUrls urls;

	CognitoTokenEndpoint(SimulatedAccountServices accounts, SimulatorUrls urls) {
		this.accounts = accounts;
		this.urls = urls;
	}

	/** The answer: an HTTP status and either a token or an OAuth error. */
	record Answer(int status, String error, String accessToken, long expiresIn) {

		static Answer error(String error) {
			return new Answer(400, error, null, 0);
		}

	}

	/**
	 * @param authorization the Authorization header, or null
	 * @param form the form's grant_type, scope, client_id and client_secret (null when absent)
	 */
	Answer token(String domain, String authorization, String grantType, String scope, String formClientId,
			String formSecret) {
		SimulatedAccountServices.Cognito cognito = accounts.cognitoOfDomain(domain).orElse(null);
		UserPool pool = cognito == null ? null : cognito.pools().poolOfDomain(domain).orElse(null);
		if (pool == null) {
			return new Answer(404, "invalid_request", null, 0);
		}
		CognitoAppClients clients = cognito.clients();
		String[] credentials = basic(authorization);
		String clientId = credentials != null ? credentials[0] : formClientId;
		String secret = credentials != null ? credentials[1] : formSecret;
		AppClient client = clientId == null ? null : clients.find(clientId);
		if (client == null || !client.userPoolId().equals(pool.id()) || client.secret() == null
				|| !client.secret().equals(secret)) {
			return Answer.error("invalid_client");
		}
		if (!"client_credentials".equals(grantType)) {
			return Answer.error(grantType == null ? "invalid_request" : "unsupported_grant_type");
		}
		if (!client.oauthEnabled() || !client.flows().contains("client_credentials")) {
			return Answer.error("unauthorized_client");
		}
		List<String> defined = clients.definedScopes(pool.id());
		List<String> granted = scope == null || scope.isBlank()
				? client.scopes().stream().filter(defined::contains).toList() : List.of(scope.trim().split("\\s+"));
		if (granted.isEmpty() || granted.stream().anyMatch(s -> !defined.contains(s) || !client.scopes().contains(s))) {
			return Answer.error("invalid_scope");
		}
		long lifetime = client.accessTokenMinutes() * 60L;
		return new Answer(200, null, sign(pool, client, granted, lifetime), lifetime);
	}

	private String sign(UserPool pool, AppClient client, List<String> scopes, long lifetime) {
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(client.clientId())
			.claim("token_use", "access")
			.claim("scope", String.join(" ", scopes))
			.claim("auth_time", now.getEpochSecond())
			.issuer(urls.issuer(pool.id()))
			.expirationTime(Date.from(now.plusSeconds(lifetime)))
			.issueTime(Date.from(now))
			.claim("version", 2)
			.jwtID(UUID.randomUUID().toString())
			.claim("client_id", client.clientId())
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(pool.signingKey().getKeyID()).build(), claims);
		try {
			jwt.sign(new RSASSASigner(pool.signingKey()));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("The simulated user pool could not sign a token", ex);
		}
		return jwt.serialize();
	}

	/** RFC 6749 client_secret_basic: base64 of form-encoded id and secret joined by ':'. */
	private static String[] basic(String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String pair = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
			int colon = pair.indexOf(':');
			if (colon < 0) {
				return null;
			}
			return new String[] { URLDecoder.decode(pair.substring(0, colon), StandardCharsets.UTF_8),
					URLDecoder.decode(pair.substring(colon + 1), StandardCharsets.UTF_8) };
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
