package dev.agentcore.controlplane.idp;

import java.net.URI;
import java.text.ParseException;
import java.time.Instant;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.idp.Discovery.State;
import dev.agentcore.controlplane.outbound.FetchFailed;
import dev.agentcore.controlplane.outbound.Fetched;
import dev.agentcore.controlplane.outbound.GuardedFetch;

/**
 * The live check of a discovery URL: the document must name an {@code issuer} that matches the
 * URL and a {@code jwks_uri} whose key set has at least one signing key, which is what the
 * gateway's authorizer will need to accept any token. Both fetches go through {@link GuardedFetch}:
 * one deadline each, a size cap, public addresses only; when its slots are all taken the
 * {@link dev.agentcore.controlplane.outbound.OutboundBusy} 503 reaches the caller instead of a
 * stored "unreachable".
 */
@Component
class DiscoveryCheck {

	private final GuardedFetch fetch;

	private final JsonMapper json;

	DiscoveryCheck(GuardedFetch fetch, JsonMapper json) {
		this.fetch = fetch;
		this.json = json;
	}

	/** The discovery state, and the signing keys when they could be fetched. */
	record Result(Discovery discovery, JWKSet keys) {
	}

	Result check(String discoveryUrl) {
		Instant now = Instant.now();
		JsonNode document;
		try {
			document = json.readTree(ok(fetch.get(URI.create(discoveryUrl))));
		}
		catch (FetchFailed | NotOk ex) {
			return failed(ex, now, "Discovery document: ");
		}
		catch (JacksonException | IllegalArgumentException ex) {
			return invalid(now, null, null, null, "The discovery document is not JSON.");
		}
		String issuer = text(document, "issuer");
		String jwksUri = text(document, "jwks_uri");
		String tokenEndpoint = text(document, "token_endpoint");
		if (issuer == null || jwksUri == null) {
			return invalid(now, issuer, jwksUri, tokenEndpoint,
					"The discovery document lacks " + (issuer == null ? "'issuer'" : "'jwks_uri'") + ".");
		}
		String base = discoveryUrl.substring(0, discoveryUrl.length() - IdpProfileRules.WELL_KNOWN.length());
		if (!trimSlash(issuer).equals(trimSlash(base))) {
			return invalid(now, issuer, jwksUri, tokenEndpoint, "The issuer " + issuer + " does not match the discovery URL's base "
					+ base + "; tokens would be refused. Check the tenant, pool or region in the URL.");
		}
		JWKSet keys;
		try {
			keys = JWKSet.parse(ok(fetch.get(URI.create(jwksUri))));
		}
		catch (FetchFailed | NotOk ex) {
			Result failed = failed(ex, now, "JWKS: ");
			return new Result(new Discovery(failed.discovery().state(), issuer, jwksUri, tokenEndpoint, now,
					failed.discovery().message()), null);
		}
		catch (ParseException | IllegalArgumentException | IllegalStateException ex) {
			return invalid(now, issuer, jwksUri, tokenEndpoint, "The JWKS at " + jwksUri + " is not a JSON Web Key Set.");
		}
		long signing = keys.getKeys().stream().filter(DiscoveryCheck::canSign).count();
		if (signing == 0) {
			return invalid(now, issuer, jwksUri, tokenEndpoint, "The JWKS at " + jwksUri + " has no signing key.");
		}
		return new Result(new Discovery(State.VALID, issuer, jwksUri, tokenEndpoint, now,
				"Issuer matches; " + signing + " signing key" + (signing == 1 ? "" : "s") + " published."), keys);
	}

	/** The body of a 200 answer; any other status makes the document invalid. */
	private static String ok(Fetched fetched) throws NotOk {
		if (fetched.status() != 200) {
			throw new NotOk(fetched.uri() + " answered HTTP " + fetched.status());
		}
		return fetched.text();
	}

	private static boolean canSign(JWK key) {
		return !key.isPrivate() && (key.getKeyUse() == null || KeyUse.SIGNATURE.equals(key.getKeyUse()));
	}

	private static Result failed(Exception ex, Instant now, String prefix) {
		State state = ex instanceof FetchFailed failed && !failed.invalid() ? State.UNREACHABLE : State.INVALID;
		return new Result(new Discovery(state, null, null, null, now, prefix + ex.getMessage() + "."), null);
	}

	private static Result invalid(Instant now, String issuer, String jwksUri, String tokenEndpoint, String message) {
		return new Result(new Discovery(State.INVALID, issuer, jwksUri, tokenEndpoint, now, message), null);
	}

	private static String text(JsonNode document, String field) {
		JsonNode node = document.get(field);
		return node != null && node.isString() && !node.stringValue().isBlank() ? node.stringValue() : null;
	}

	private static String trimSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/** A fetch that completed with a status other than 200. */
	private static final class NotOk extends Exception {

		NotOk(String message) {
			super(message, null, false, false);
		}

	}

}
