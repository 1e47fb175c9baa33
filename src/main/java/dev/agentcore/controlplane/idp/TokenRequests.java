package dev.agentcore.controlplane.idp;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jwt.JWTParser;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

import dev.agentcore.controlplane.outbound.FetchFailed;
import dev.agentcore.controlplane.outbound.Fetched;
import dev.agentcore.controlplane.outbound.GuardedFetch;
import dev.agentcore.controlplane.security.Caller;

/**
 * Asks a profile's identity provider for a client-credentials token the way that provider expects
 * (Cognito and Okta: HTTP Basic on the token endpoint; Auth0: the client in the body with an
 * {@code audience}), then checks the token against the profile as a gateway would, or turns the
 * failure into remedies. The secret and the token live only in memory for the call: nothing is
 * stored, and nothing of them is logged.
 */
@Service
public class TokenRequests {

	private final IdpProfileManagement profiles;

	private final DiscoveryCheck discovery;

	private final GuardedFetch fetch;

	private final ClientSecrets secrets;

	private final TokenDiagnosis diagnosis;

	private final JsonMapper json;

	TokenRequests(IdpProfileManagement profiles, DiscoveryCheck discovery, GuardedFetch fetch, ClientSecrets secrets,
			TokenDiagnosis diagnosis, JsonMapper json) {
		this.profiles = profiles;
		this.discovery = discovery;
		this.fetch = fetch;
		this.secrets = secrets;
		this.diagnosis = diagnosis;
		this.json = json;
	}

	/**
	 * The outcome, and the token itself (null when none was obtained) for callers that use it at once.
	 */
	public record Obtained(TokenRequestResult result, String token) {

		@Override
		public String toString() {
			return "Obtained[" + result + "]";
		}

	}

	/**
	 * Requests a token for a client of the profile {@code profileId} the caller may see. Every request
	 * that reaches the identity provider's side is audited (TOKEN_REQUEST: who, which profile, client
	 * id, scopes, audience, whether a token was issued).
	 */
	public Obtained obtain(Caller caller, UUID profileId, TokenRequestBody body) {
		IdpProfile profile = profiles.visible(caller, profileId);
		if (!profile.authorizerReady()) {
			throw IdpProfileProblems.notReady("no user pool or app client yet");
		}
		TokenRequestClient credentials = TokenRequestClient.of(profile, body, secrets);
		Obtained obtained = obtain(profile, credentials, body);
		profiles.tokenRequested(profile, credentials.clientId(), body.scopes(), audience(profile.spec(), body),
				obtained.token() != null);
		return obtained;
	}

	private Obtained obtain(IdpProfile profile, TokenRequestClient credentials, TokenRequestBody body) {
		IdpProfileSpec spec = profile.spec();
		TokenRemedies.Context context = credentials.context(profile, body);
		Discovery found = discovery.check(spec.discoveryUrl()).discovery();
		if (found.tokenEndpoint() == null) {
			String remedy = found.state() == Discovery.State.VALID || found.issuer() != null
					? TokenRemedies.noTokenEndpoint(spec.discoveryUrl(), spec.provider())
					: "The discovery document could not be read: " + found.message();
			return new Obtained(TokenRequestResult.failed(credentials.clientId(), null, null, null, null, List.of(remedy)), null);
		}
		URI endpoint = URI.create(found.tokenEndpoint());
		String malformed = TokenRemedies.beforeCalling(endpoint);
		if (malformed != null) {
			return failed(credentials, found.tokenEndpoint(), null, List.of(malformed));
		}
		Fetched answer;
		try {
			answer = fetch.post(endpoint, "application/x-www-form-urlencoded", form(spec, credentials, body),
					headers(spec.provider(), credentials));
		}
		catch (FetchFailed ex) {
			String remedy = ex.reason() == FetchFailed.Reason.UNREACHABLE && !resolves(endpoint.getHost())
					? TokenRemedies.unresolvable(endpoint, spec.provider())
					: "The token endpoint " + endpoint + " could not be asked: " + ex.getMessage() + ".";
			return failed(credentials, found.tokenEndpoint(), null, List.of(remedy));
		}
		return answered(profile, credentials, found.tokenEndpoint(), answer, context, body.wantsToken());
	}

	private Obtained answered(IdpProfile profile, TokenRequestClient credentials, String endpoint, Fetched answer,
			TokenRemedies.Context context, boolean returnToken) {
		JsonNode document;
		try {
			document = json.readTree(answer.text());
		}
		catch (JacksonException ex) {
			return failed(credentials, endpoint, answer.status(), List.of("The token endpoint answered HTTP "
					+ answer.status() + " with a body that is not JSON: check that the discovery document names the "
					+ "identity provider's own token endpoint."));
		}
		String token = text(document, "access_token");
		if (answer.status() != 200 || token == null) {
			String error = text(document, "error");
			String description = text(document, "error_description");
			return new Obtained(TokenRequestResult.failed(credentials.clientId(), endpoint, answer.status(), error, description,
					TokenRemedies.forError(error, description, context)), null);
		}
		Map<String, Object> claims;
		try {
			claims = JWTParser.parse(token).getJWTClaimsSet().toJSONObject();
		}
		catch (ParseException ex) {
			return failed(credentials, endpoint, answer.status(), List.of("The identity provider issued an access token that is "
					+ "not a JWT; AgentCore's JWT authorizer accepts only JWT access tokens."));
		}
		TokenCheck check = diagnosis.diagnose(profile, token);
		JsonNode expires = document.get("expires_in");
		TokenRequestResult result = new TokenRequestResult(true, credentials.clientId(), endpoint, answer.status(), null, null,
				expires != null && expires.canConvertToLong() ? expires.asLong() : null, claims, check, check.remedies(), null);
		return new Obtained(returnToken ? result.withToken(token) : result, token);
	}

	private static byte[] form(IdpProfileSpec spec, TokenRequestClient credentials, TokenRequestBody body) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("grant_type", "client_credentials");
		if (!body.scopes().isEmpty()) {
			fields.put("scope", String.join(" ", body.scopes()));
		}
		String audience = audience(spec, body);
		if (audience != null) {
			fields.put("audience", audience);
		}
		if (spec.provider() == Provider.AUTH0) {
			fields.put("client_id", credentials.clientId());
			fields.put("client_secret", credentials.secret().value());
		}
		StringBuilder encoded = new StringBuilder();
		fields.forEach((name, value) -> encoded.append(encoded.isEmpty() ? "" : "&").append(name).append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return encoded.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The audience the request names: the body's, else the profile's first; Cognito takes none. */
	private static String audience(IdpProfileSpec spec, TokenRequestBody body) {
		if (spec.provider() == Provider.COGNITO) {
			return null;
		}
		return body.audience() != null ? body.audience()
				: spec.allowedAudience().isEmpty() ? null : spec.allowedAudience().getFirst();
	}

	/** RFC 6749 client_secret_basic: id and secret form-encoded, joined by ':', in base64. */
	private static Map<String, String> headers(Provider provider, TokenRequestClient credentials) {
		if (provider == Provider.AUTH0) {
			return Map.of();
		}
		String pair = URLEncoder.encode(credentials.clientId(), StandardCharsets.UTF_8) + ":"
				+ URLEncoder.encode(credentials.secret().value(), StandardCharsets.UTF_8);
		return Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
	}

	private static Obtained failed(TokenRequestClient credentials, String endpoint, Integer status, List<String> remedies) {
		return new Obtained(TokenRequestResult.failed(credentials.clientId(), endpoint, status, null, null, remedies), null);
	}

	/** A DNS lookup only, to tell "the domain does not exist" from "the server did not answer". */
	private static boolean resolves(String host) {
		try {
			return host != null && InetAddress.getAllByName(host).length > 0;
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	private static String text(JsonNode document, String field) {
		JsonNode node = document.get(field);
		return node != null && node.isString() ? node.stringValue() : null;
	}

}
