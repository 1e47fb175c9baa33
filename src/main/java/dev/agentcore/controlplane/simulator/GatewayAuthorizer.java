package dev.agentcore.controlplane.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Profile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A gateway's {@code customJWTAuthorizer} as AgentCore enforces it: the issuer's discovery document
 * and JWKS fetched (and fetched again for an unknown key id), then signature, {@code iss},
 * {@code exp}/{@code nbf}, {@code allowedAudience} against {@code aud}, {@code allowedClients}
 * against {@code client_id}, {@code allowedScopes} against {@code scope}, and the custom claims —
 * all case-sensitive. Any failure is the same "Invalid Bearer token" to the caller.
 */
@Component
@Profile({ "local", "simulator" })
class GatewayAuthorizer {

	static final Duration KEYS_MAX_AGE = Duration.ofMinutes(5);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

	private final JsonMapper json;

	private final Map<String, Issuer> issuers = new ConcurrentHashMap<>();

	private final IamCallerCheck iamCallers;

	@Autowired
	GatewayAuthorizer(JsonMapper json, IamCallerCheck iamCallers) {
		this.json = json;
		this.iamCallers = iamCallers;
	}

	/** A JWT-only authorizer (unit tests). */
	GatewayAuthorizer(JsonMapper json) {
		this(json, null);
	}

	/** An AWS_IAM gateway: null when the SigV4 signer may invoke it, otherwise why not ({@link IamCallerCheck}). */
	String iamRefusal(SimulatedAgentCore account, SimulatedGateway gateway, String authorization) {
		return iamCallers.refusal(account, gateway, authorization);
	}

	private record Issuer(String issuer, JWKSet keys, Instant fetchedAt) {
	}

	/** The token's claims when the authorizer admits it; null when it answers 401. */
	JWTClaimsSet admit(JsonNode authorizerConfiguration, String bearer) {
		JsonNode config = authorizerConfiguration == null ? null : authorizerConfiguration.get("customJWTAuthorizer");
		if (config == null || bearer == null) {
			return null;
		}
		try {
			SignedJWT jwt = SignedJWT.parse(bearer);
			String discoveryUrl = config.path("discoveryUrl").asString();
			Issuer issuer = issuer(discoveryUrl, jwt.getHeader().getKeyID());
			JWK key = issuer == null ? null : issuer.keys().getKeyByKeyId(jwt.getHeader().getKeyID());
			if (key == null || !jwt.verify(verifier(key))) {
				return null;
			}
			JWTClaimsSet claims = jwt.getJWTClaimsSet();
			Instant now = Instant.now();
			boolean valid = issuer.issuer().equals(claims.getIssuer()) && claims.getExpirationTime() != null
					&& claims.getExpirationTime().toInstant().isAfter(now)
					&& (claims.getNotBeforeTime() == null || !claims.getNotBeforeTime().toInstant().isAfter(now))
					&& anyOf(strings(config, "allowedAudience"), claims.getAudience())
					&& anyOf(strings(config, "allowedClients"), values(claims.getClaim("client_id")))
					&& anyOf(strings(config, "allowedScopes"), values(claims.getClaim("scope")))
					&& customClaims(config.path("customClaims"), claims);
			return valid ? claims : null;
		}
		catch (ParseException | JOSEException | IOException | RuntimeException ex) {
			return null;
		}
	}

	/** An empty allowed list checks nothing; otherwise one of the token's values must be in it, exactly. */
	private static boolean anyOf(List<String> allowed, Collection<String> actual) {
		return allowed.isEmpty() || (actual != null && actual.stream().anyMatch(allowed::contains));
	}

	private static boolean customClaims(JsonNode rules, JWTClaimsSet claims) {
		for (JsonNode rule : rules) {
			Object value = claims.getClaim(rule.path("inboundTokenClaimName").asString());
			JsonNode match = rule.path("authorizingClaimMatchValue");
			String operator = match.path("claimMatchOperator").asString();
			JsonNode wanted = match.path("claimMatchValue");
			boolean ok = switch (operator) {
				case "EQUALS" -> value instanceof String text && text.equals(wanted.path("matchValueString").asString());
				case "CONTAINS" -> value instanceof Collection<?> list && strings(wanted, "matchValueStringList").stream()
					.allMatch(v -> list.stream().map(String::valueOf).toList().contains(v));
				case "CONTAINS_ANY" -> value instanceof Collection<?> list && strings(wanted, "matchValueStringList").stream()
					.anyMatch(v -> list.stream().map(String::valueOf).toList().contains(v));
				default -> false;
			};
			if (!ok) {
				return false;
			}
		}
		return true;
	}

	private Issuer issuer(String discoveryUrl, String keyId) throws IOException, ParseException {
		Issuer cached = issuers.get(discoveryUrl);
		if (cached != null && cached.fetchedAt().isAfter(Instant.now().minus(KEYS_MAX_AGE))
				&& cached.keys().getKeyByKeyId(keyId) != null) {
			return cached;
		}
		JsonNode discovery = json.readTree(get(discoveryUrl));
		String issuer = discovery.path("issuer").asString(null);
		String jwksUri = discovery.path("jwks_uri").asString(null);
		if (issuer == null || jwksUri == null) {
			return null;
		}
		Issuer fetched = new Issuer(issuer, JWKSet.parse(get(jwksUri)), Instant.now());
		issuers.put(discoveryUrl, fetched);
		return fetched;
	}

	private String get(String url) throws IOException {
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
				.GET().build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IOException(url + " answered " + response.statusCode());
			}
			return response.body();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	private static JWSVerifier verifier(JWK key) throws JOSEException {
		if (key instanceof RSAKey rsa) {
			return new RSASSAVerifier(rsa);
		}
		if (key instanceof ECKey ec) {
			return new ECDSAVerifier(ec);
		}
		throw new JOSEException("unsupported key type " + key.getKeyType());
	}

	private static List<String> strings(JsonNode node, String member) {
		return JsonMembers.strings(node, member);
	}

	private static List<String> values(Object claim) {
		if (claim instanceof String text) {
			return List.of(text.trim().split("\\s+"));
		}
		if (claim instanceof Collection<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return List.of();
	}

}
