package dev.agentcore.controlplane.idp;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.idp.TokenCheck.Check;
import dev.agentcore.controlplane.idp.TokenCheck.Outcome;
import dev.agentcore.controlplane.web.InvalidRequest;

/**
 * Explains a 401 "Invalid Bearer token" before anyone has to decode a JWT by hand: runs the
 * checks AgentCore's authorizer runs against the profile, in order, and turns each failure into
 * the fix the seed document's troubleshooting section prescribes. The token is only held in
 * memory for the call; it is never stored and never logged.
 */
@Component
class TokenDiagnosis {

	private final SigningKeys keys;

	TokenDiagnosis(SigningKeys keys) {
		this.keys = keys;
	}

	TokenCheck diagnose(IdpProfile profile, String token) {
		JWT jwt;
		JWTClaimsSet claims;
		try {
			jwt = JWTParser.parse(token.trim());
			claims = jwt instanceof EncryptedJWT ? null : jwt.getJWTClaimsSet();
		}
		catch (ParseException | RuntimeException ex) {
			throw InvalidRequest.rule("MALFORMED_TOKEN", "token",
					"This is not a JWT (three base64url parts separated by dots). Paste the access token itself, "
							+ "without 'Bearer '.");
		}
		if (jwt instanceof EncryptedJWT) {
			throw InvalidRequest.rule("ENCRYPTED_TOKEN", "token", "This is an encrypted token (JWE, five parts): its claims "
					+ "cannot be read without the recipient's key, and AgentCore authorizers accept signed access tokens (JWS, "
					+ "three parts) only. Ask the identity provider for a signed, unencrypted access token.");
		}
		if (claims == null) {
			throw InvalidRequest.rule("MALFORMED_TOKEN", "token", "The token has no readable claims.");
		}
		IdpProfileSpec spec = profile.spec();
		List<Check> checks = new ArrayList<>();
		Set<String> remedies = new LinkedHashSet<>();
		Discovery discovery = signature(profile, jwt, checks, remedies);
		issuer(spec, discovery, claims, checks, remedies);
		expiry(claims, checks, remedies);
		notBefore(claims, checks, remedies);
		String clientId = string(claims.getClaim("client_id"));
		List<String> audience = claims.getAudience() == null ? List.of() : claims.getAudience();
		ClaimChecks.audience(spec, audience, clientId, checks, remedies);
		ClaimChecks.clients(spec, audience, clientId, checks, remedies);
		ClaimChecks.scopes(spec, claims, checks, remedies);
		for (CustomClaim claim : spec.customClaims()) {
			ClaimChecks.customClaim(claim, claims.getClaim(claim.name()), checks, remedies);
		}
		boolean accepted = checks.stream().noneMatch(check -> check.outcome() == Outcome.FAIL);
		return new TokenCheck(accepted, jwt.getHeader().toJSONObject(), claims.toJSONObject(), checks, List.copyOf(remedies));
	}

	private Discovery signature(IdpProfile profile, JWT jwt, List<Check> checks, Set<String> remedies) {
		if (!(jwt instanceof SignedJWT signed)) {
			checks.add(new Check("signature", Outcome.FAIL, "The token is not signed (alg: none); no authorizer accepts it."));
			remedies.add("Get a signed access token from the identity provider; unsigned tokens are always refused.");
			return profile.discovery();
		}
		String keyId = signed.getHeader().getKeyID();
		SigningKeys.Lookup lookup = keys.find(profile, keyId);
		if (lookup.key() == null && lookup.discovery().state() != Discovery.State.VALID) {
			checks.add(new Check("signature", Outcome.SKIP, "The issuer's keys could not be fetched: "
					+ lookup.discovery().message()));
			remedies.add("Fix the profile's discovery URL first: the gateway cannot verify any token until its keys can be fetched.");
			return lookup.discovery();
		}
		if (lookup.key() == null) {
			checks.add(new Check("signature", Outcome.FAIL, "The issuer publishes no key with id '" + keyId + "'."));
			remedies.add("The token was signed by a key this issuer does not publish: it comes from another user pool, "
					+ "tenant or environment. Get the token from the issuer at " + profile.spec().discoveryUrl() + ".");
			return lookup.discovery();
		}
		boolean valid;
		try {
			valid = signed.verify(verifier(lookup.key()));
		}
		catch (JOSEException | IllegalStateException ex) {
			valid = false;
		}
		checks.add(valid ? new Check("signature", Outcome.PASS, "Signed with the issuer's key '" + keyId + "'.")
				: new Check("signature", Outcome.FAIL, "The signature does not verify with the issuer's key '" + keyId + "'."));
		if (!valid) {
			remedies.add("The token was altered, or forged with a stolen key id. Use the token exactly as the identity provider issued it.");
		}
		return lookup.discovery();
	}

	private static void issuer(IdpProfileSpec spec, Discovery discovery, JWTClaimsSet claims, List<Check> checks,
			Set<String> remedies) {
		String expected = discovery.issuer() != null ? discovery.issuer()
				: spec.discoveryUrl().substring(0, spec.discoveryUrl().length() - IdpProfileRules.WELL_KNOWN.length());
		String actual = claims.getIssuer();
		if (expected.equals(actual)) {
			checks.add(new Check("issuer", Outcome.PASS, "Issued by " + actual + "."));
			return;
		}
		checks.add(new Check("issuer", Outcome.FAIL, "Issued by " + actual + ", but the profile's issuer is " + expected + "."));
		remedies.add("The token comes from another issuer (another Cognito user pool or region, another Auth0/Okta "
				+ "tenant or authorization server). Get it from " + expected + ", or point the profile at " + actual
				+ IdpProfileRules.WELL_KNOWN + ".");
	}

	private static void expiry(JWTClaimsSet claims, List<Check> checks, Set<String> remedies) {
		Date exp = claims.getExpirationTime();
		if (exp == null) {
			checks.add(new Check("expiry", Outcome.FAIL, "The token has no 'exp' claim."));
			remedies.add("Access tokens must expire; get a proper access token from the identity provider.");
			return;
		}
		Instant expiresAt = exp.toInstant();
		if (expiresAt.isAfter(Instant.now())) {
			checks.add(new Check("expiry", Outcome.PASS, "Valid until " + expiresAt + "."));
			return;
		}
		long minutes = Duration.between(expiresAt, Instant.now()).toMinutes();
		checks.add(new Check("expiry", Outcome.FAIL, "Expired at " + expiresAt + " (" + minutes + " minutes ago)."));
		remedies.add("The token expired at " + expiresAt + "; request a new one (tokens are not refreshed by the gateway).");
	}

	private static void notBefore(JWTClaimsSet claims, List<Check> checks, Set<String> remedies) {
		Date nbf = claims.getNotBeforeTime();
		if (nbf == null) {
			checks.add(new Check("notBefore", Outcome.SKIP, "The token has no 'nbf' claim."));
		}
		else if (nbf.toInstant().isAfter(Instant.now())) {
			checks.add(new Check("notBefore", Outcome.FAIL, "Not valid before " + nbf.toInstant() + "."));
			remedies.add("The token is not valid yet: check the clock of the machine that issued it.");
		}
		else {
			checks.add(new Check("notBefore", Outcome.PASS, "Valid since " + nbf.toInstant() + "."));
		}
	}

	private static JWSVerifier verifier(JWK key) throws JOSEException {
		if (key instanceof RSAKey rsa) {
			return new RSASSAVerifier(rsa);
		}
		if (key instanceof ECKey ec) {
			return new ECDSAVerifier(ec);
		}
		throw new IllegalStateException("unsupported key type " + key.getKeyType());
	}

	private static String string(Object claim) {
		return claim instanceof String text ? text : null;
	}

}
