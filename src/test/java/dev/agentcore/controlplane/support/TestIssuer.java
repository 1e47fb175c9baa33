package dev.agentcore.controlplane.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real OpenID provider for tests: an RSA key, its JWKS and discovery document served over
 * HTTP on a loopback port, and tokens signed with it. One per test JVM.
 */
public final class TestIssuer {

	public static final String AUDIENCE = "controlplane";

	public static final String COGNITO_CLIENT = "cognito-machine-client";

	public static final String COGNITO_CLIENT_TEAM = "team-machines";

	private static TestIssuer instance;

	private final HttpServer server;

	private final RSAKey key;

	private TestIssuer() {
		this.key = generateKey();
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		server.createContext("/.well-known/openid-configuration", exchange -> send(exchange,
				JSONObjectUtils.toJSONString(Map.of("issuer", issuer(), "jwks_uri", jwkSetUri()))));
		server.createContext("/jwks", exchange -> send(exchange, new JWKSet(key.toPublicJWK()).toString()));
		server.start();
	}

	public static synchronized TestIssuer get() {
		if (instance == null) {
			instance = new TestIssuer();
		}
		return instance;
	}

	public String issuer() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	public String jwkSetUri() {
		return issuer() + "/jwks";
	}

	/** An Auth0/Okta-style token: {@code aud}, a team claim and the given scopes. */
	public String token(String team, String... scopes) {
		return sign(claims -> claims.audience(AUDIENCE).claim("team", team).claim("scope", String.join(" ", scopes)));
	}

	/** A token with the defaults (issuer, subject, five minutes of life) and whatever {@code changes} sets. */
	public String sign(Consumer<JWTClaimsSet.Builder> changes) {
		return sign(key, changes);
	}

	/** Signed with a key the issuer never published, under the published key's id. */
	public String forged(Consumer<JWTClaimsSet.Builder> changes) {
		RSAKey other = generateKey();
		return sign(new RSAKey.Builder(other).keyID(key.getKeyID()).build(), changes);
	}

	/** Signed by a key of its own that the issuer never published (a token of another issuer or pool). */
	public String signedByUnknownKey(Consumer<JWTClaimsSet.Builder> changes) {
		return sign(generateKey(), changes);
	}

	/** An unsigned token ({@code alg: none}). */
	public String unsigned(Consumer<JWTClaimsSet.Builder> changes) {
		return new PlainJWT(defaults(changes)).serialize();
	}

	private String sign(RSAKey signingKey, Consumer<JWTClaimsSet.Builder> changes) {
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
				defaults(changes));
		try {
			jwt.sign(new RSASSASigner(signingKey));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private JWTClaimsSet defaults(Consumer<JWTClaimsSet.Builder> changes) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer())
			.subject("user-" + UUID.randomUUID())
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(300)))
			.jwtID(UUID.randomUUID().toString());
		changes.accept(claims);
		return claims.build();
	}

	/** The settings a Spring context needs to trust this issuer the way production trusts a real one. */
	public Map<String, Object> springProperties() {
		return Map.of("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer(),
				"spring.security.oauth2.resourceserver.jwt.jwk-set-uri", jwkSetUri(),
				"controlplane.security.allowed-audiences", AUDIENCE,
				"controlplane.security.allowed-clients", COGNITO_CLIENT,
				"controlplane.security.client-teams." + COGNITO_CLIENT, COGNITO_CLIENT_TEAM);
	}

	public static List<String> allScopes() {
		return List.of("controlplane:read", "controlplane:write", "controlplane:admin");
	}

	private static RSAKey generateKey() {
		try {
			return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void send(HttpExchange exchange, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

}
