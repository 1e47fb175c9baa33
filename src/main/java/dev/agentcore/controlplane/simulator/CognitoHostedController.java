package dev.agentcore.controlplane.simulator;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import com.nimbusds.jose.jwk.JWKSet;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.agentcore.controlplane.simulator.CognitoRecords.UserPool;

/**
 * What a simulated user pool serves over HTTP: its OpenID discovery document and JWKS (the pool is
 * the issuer), and its hosted domain's token endpoint. Token responses are written directly, so no
 * converter's debug log ever holds a token.
 */
@Hidden
@RestController
@Profile({ "local", "simulator" })
class CognitoHostedController {

	/** Pools of every account and region: the issuer of a pool answers wherever it is. */
	private final SimulatedAccountServices accounts;

	private final CognitoTokenEndpoint tokens;

	private final SimulatorUrls urls;

	private final JsonMapper json;

	CognitoHostedController(SimulatedAccountServices accounts, CognitoTokenEndpoint tokens, SimulatorUrls urls,
			JsonMapper json) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.urls = urls;
		this.json = json;
	}

	@GetMapping(path = CognitoWireController.PATH + "/{userPoolId}/.well-known/openid-configuration",
			produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> discovery(@PathVariable String userPoolId) {
		UserPool pool = existing(userPoolId);
		String issuer = urls.issuer(pool.id());
		Map<String, Object> document = new java.util.LinkedHashMap<>();
		document.put("issuer", issuer);
		document.put("jwks_uri", issuer + "/.well-known/jwks.json");
		// Like Cognito, the OAuth endpoints exist only once the pool has an active domain.
		SimulatedCognito cognito = accounts.cognitoHolding(userPoolId).orElseThrow().pools();
		if (pool.domain() != null && cognito.domain(pool.domain()).filter(d -> d.status().equals("ACTIVE")).isPresent()) {
			String token = urls.tokenEndpoint(pool.domain());
			document.put("token_endpoint", token);
			document.put("authorization_endpoint", token.replace("/oauth2/token", "/oauth2/authorize"));
			document.put("userinfo_endpoint", token.replace("/oauth2/token", "/oauth2/userInfo"));
		}
		document.put("response_types_supported", List.of("code", "token"));
		document.put("scopes_supported", List.of("openid", "email", "phone", "profile"));
		document.put("subject_types_supported", List.of("public"));
		document.put("id_token_signing_alg_values_supported", List.of("RS256"));
		document.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
		return document;
	}

	@GetMapping(path = CognitoWireController.PATH + "/{userPoolId}/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> jwks(@PathVariable String userPoolId) {
		return new JWKSet(existing(userPoolId).signingKey().toPublicJWK()).toJSONObject();
	}

	@PostMapping(SimulatorUrls.COGNITO_AUTH + "{domain}/oauth2/token")
	void token(@PathVariable String domain, HttpServletRequest request, HttpServletResponse response) throws IOException {
		CognitoTokenEndpoint.Answer answer = tokens.token(domain, request.getHeader("Authorization"),
				request.getParameter("grant_type"), request.getParameter("scope"), request.getParameter("client_id"),
				request.getParameter("client_secret"));
		ObjectNode body = JsonMembers.NODES.objectNode();
		if (answer.accessToken() != null) {
			body.put("access_token", answer.accessToken());
			body.put("expires_in", answer.expiresIn());
			body.put("token_type", "Bearer");
		}
		else {
			body.put("error", answer.error());
		}
		response.setStatus(answer.status());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setHeader("Cache-Control", "no-store");
		response.getOutputStream().write(json.writeValueAsBytes(body));
	}

	private UserPool existing(String userPoolId) {
		try {
			return accounts.cognitoHolding(userPoolId).orElseThrow(() -> AwsJsonError.notFound(userPoolId))
				.pools()
				.pool(userPoolId);
		}
		catch (AwsJsonError ex) {
			throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND,
					"User pool " + userPoolId + " does not exist");
		}
	}

}
