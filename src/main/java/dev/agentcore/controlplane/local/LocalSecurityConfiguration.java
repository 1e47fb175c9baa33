package dev.agentcore.controlplane.local;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;


/**
 * In the embedded default the API trusts the local issuer, checking tokens in-process with the
 * same rules as in production (issuer, expiry, audience or client).
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
class LocalSecurityConfiguration {

	/** The security module's validators (audience or client, expiry required) apply here as in production. */
	@Bean
	JwtDecoder localIssuerJwtDecoder(LocalIssuer issuer, List<OAuth2TokenValidator<Jwt>> validators) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(issuer.publicKey()).build();
		OAuth2TokenValidator<Jwt> fromLocalIssuer = new JwtClaimValidator<Object>(JwtClaimNames.ISS,
				iss -> iss != null && iss.toString().equals(issuer.issuer()));
		List<OAuth2TokenValidator<Jwt>> all = new ArrayList<>(List.of(new JwtTimestampValidator(), fromLocalIssuer));
		all.addAll(validators);
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(all));
		return decoder;
	}

}
