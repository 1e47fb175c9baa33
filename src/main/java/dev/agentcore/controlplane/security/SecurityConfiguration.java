package dev.agentcore.controlplane.security;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every {@code /api/**} call needs a bearer token: GET needs read, everything else write;
 * operations endpoints need admin. Health, the API documentation and (in the embedded default)
 * {@code /local/**} are open.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, CallerTokenConverter callers, BearerProblems problems) {
		return http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasAuthority(Access.ADMIN.authority())
				.requestMatchers(HttpMethod.GET, "/api/**")
				.hasAuthority(Access.READ.authority())
				.requestMatchers(HttpMethod.HEAD, "/api/**")
				.hasAuthority(Access.READ.authority())
				.requestMatchers("/api/**")
				.hasAuthority(Access.WRITE.authority())
				.anyRequest()
				.permitAll())
			.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(callers))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.build();
	}

	/** Picked up by Boot's JWT decoder (issuer-uri / jwk-set-uri) next to its issuer and expiry checks. */
	@Bean
	AudienceOrClientValidator audienceOrClientValidator(SecuritySettings settings) {
		return new AudienceOrClientValidator(settings);
	}

}
