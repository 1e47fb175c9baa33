package dev.agentcore.controlplane.local;

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

import dev.agentcore.controlplane.security.AudienceOrClientValidator;

/**
 * In the embedded default the API trusts the local issuer, checking tokens in-process with the
 * same rules as in production (issuer, expiry, audience or client).
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
class LocalSecurityConfiguration {

	@Bean
	JwtDecoder localIssuerJwtDecoder(LocalIssuer issuer, AudienceOrClientValidator audienceOrClient) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(issuer.publicKey()).build();
		OAuth2TokenValidator<Jwt> fromLocalIssuer = new JwtClaimValidator<Object>(JwtClaimNames.ISS,
				iss -> iss != null && iss.toString().equals(issuer.issuer()));
		decoder.setJwtValidator(
				new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(), fromLocalIssuer, audienceOrClient));
		return decoder;
	}

}
