package dev.agentcore.controlplane.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The embedded default's OpenID provider: one RS256 key, kept under the data directory so that
 * tokens stay valid across restarts, and the issuer URL clients reach it at.
 */
@Component
@Profile("local")
class LocalIssuer {

	static final String PATH = "/local/oidc";

	private final RSAKey key;

	private volatile String issuer;

	LocalIssuer(LocalSettings settings) {
		this.key = loadOrCreate(settings.dataDir().resolve("issuer").resolve("signing-key.jwk.json"));
		this.issuer = settings.issuerUrl();
	}

	@EventListener
	void onWebServerStarted(WebServerInitializedEvent event) {
		if (issuer == null || issuer.isBlank()) {
			issuer = "http://localhost:" + event.getWebServer().getPort() + PATH;
		}
	}

	String issuer() {
		return issuer;
	}

	RSAPublicKey publicKey() {
		try {
			return key.toRSAPublicKey();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("The local issuer's key is not an RSA key", ex);
		}
	}

	JWKSet publicKeys() {
		return new JWKSet(key.toPublicJWK());
	}

	String sign(JWTClaimsSet.Builder claims) {
		JWTClaimsSet claimSet = claims.issuer(issuer).jwtID(UUID.randomUUID().toString()).build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
			.type(JOSEObjectType.JWT)
			.build(), claimSet);
		try {
			jwt.sign(new RSASSASigner(key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("The local issuer could not sign a token", ex);
		}
		return jwt.serialize();
	}

	private static RSAKey loadOrCreate(Path file) {
		try {
			if (Files.isRegularFile(file)) {
				return RSAKey.parse(Files.readString(file));
			}
			RSAKey created = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.keyID(UUID.randomUUID().toString())
				.generate();
			OwnerOnlyFiles.write(file, created.toJSONString());
			return created;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep the local issuer's key in " + file, ex);
		}
		catch (ParseException | JOSEException ex) {
			throw new IllegalStateException("The local issuer's key in " + file
					+ " is unreadable; delete the file and restart to create a new one", ex);
		}
	}

}
