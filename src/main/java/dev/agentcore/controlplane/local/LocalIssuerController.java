package dev.agentcore.controlplane.local;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.context.annotation.Profile;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The local issuer over HTTP: OIDC discovery, JWKS, and tokens for trying the API and gateways. */
@RestController
@Profile("local")
@Tag(name = "Local issuer", description = "Embedded default only: tokens for the API and for gateways' authorizers")
class LocalIssuerController {

	private final LocalIssuer issuer;

	private final LocalTokens tokens;

	LocalIssuerController(LocalIssuer issuer, LocalTokens tokens) {
		this.issuer = issuer;
		this.tokens = tokens;
	}

	@PostMapping("/local/tokens")
	@Operation(summary = "Mint a token",
			description = "Style 'auth0' gives a token with 'aud'; style 'cognito' gives 'client_id' and no 'aud', "
					+ "like a Cognito client-credentials token.")
	IssuedToken token(@Valid @RequestBody(required = false) TokenRequest request) {
		return tokens.issue(request == null ? new TokenRequest(null, null, null, null, null, null, null) : request);
	}

	@GetMapping(LocalIssuer.PATH + "/.well-known/openid-configuration")
	@Operation(summary = "OpenID Connect discovery document of the local issuer")
	ResponseEntity<Map<String, Object>> discovery() {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("issuer", issuer.issuer());
		document.put("jwks_uri", issuer.issuer() + "/jwks.json");
		document.put("response_types_supported", List.of("token"));
		document.put("subject_types_supported", List.of("public"));
		document.put("id_token_signing_alg_values_supported", List.of("RS256"));
		document.put("token_endpoint_auth_methods_supported", List.of("none"));
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(document);
	}

	@GetMapping(LocalIssuer.PATH + "/jwks.json")
	@Operation(summary = "Public signing keys of the local issuer (JWKS)")
	ResponseEntity<Map<String, Object>> jwks() {
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(issuer.publicKeys().toJSONObject());
	}

}
