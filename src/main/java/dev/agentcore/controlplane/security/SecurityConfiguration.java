package dev.agentcore.controlplane.security;

import jakarta.servlet.DispatcherType;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import dev.agentcore.controlplane.web.ProblemResponseWriter;
import dev.agentcore.controlplane.web.ReadOnlyPosts;

/**
 * Deny by default: every path is refused unless permitted here. Every {@code /api/**} call needs a
 * bearer token: GET (and the read-only POSTs of {@link ReadOnlyPosts}, diagnostics) need read,
 * everything else write; operations endpoints and the AWS account's inventory ({@code /api/v1/aws/**})
 * need admin. Health, the API documentation, the error
 * page and {@code /local/**} are open; outside the embedded default and the simulator nothing is
 * served under {@code /local/} (404).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final Profiles EMBEDDED = Profiles.of("local", "simulator");

	/**
	 * No observation around each of the security filters: with management.observations.enable.spring.security=false
	 * the chain was still decorated and built a no-op observation per filter per request, 6% of the CPU of the API
	 * benchmark. HTTP server observations (http_server_requests) stay.
	 */
	@Bean
	static SecurityObservationSettings noSecurityFilterObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, CallerTokenConverter callers, BearerProblems problems,
			List<ReadOnlyPosts> readOnlyPosts, Environment environment, ProblemResponseWriter writer) {
		String[] diagnostics = readOnlyPosts.stream().flatMap(posts -> posts.patterns().stream()).toArray(String[]::new);
		if (!environment.acceptsProfiles(EMBEDDED)) {
			http.addFilterBefore(new AbsentPaths("/local/", writer), AuthorizationFilter.class);
		}
		return http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.authorizeHttpRequests(requests -> {
				requests.dispatcherTypeMatchers(DispatcherType.ERROR)
					.permitAll()
					.requestMatchers("/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
							"/swagger-ui.html", "/swagger-ui/**", "/local/**")
					.permitAll()
					.requestMatchers("/actuator/**", "/api/v1/aws/**")
					.hasAuthority(Access.ADMIN.authority())
					.requestMatchers(HttpMethod.GET, "/api/**")
					.hasAuthority(Access.READ.authority())
					.requestMatchers(HttpMethod.HEAD, "/api/**")
					.hasAuthority(Access.READ.authority());
				if (diagnostics.length > 0) {
					requests.requestMatchers(HttpMethod.POST, diagnostics).hasAuthority(Access.READ.authority());
				}
				requests.requestMatchers("/api/**").hasAuthority(Access.WRITE.authority()).anyRequest().denyAll();
			})
			.oauth2ResourceServer(server -> server.bearerTokenResolver(new FastBearerTokenResolver())
				.jwt(jwt -> jwt.jwtAuthenticationConverter(callers))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.build();
	}

	/**
	 * Spring Security's strict firewall with the same header rules (no control characters, only
	 * assigned code points) checked without regular expressions, which cost a tenth of a simple
	 * GET when run over an 800-character Authorization header.
	 */
	@Bean
	HttpFirewall httpFirewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedHeaderNames(SecurityConfiguration::printable);
		firewall.setAllowedHeaderValues(SecurityConfiguration::printable);
		return firewall;
	}

	/** Checked on every read of a header (a bearer token is ~1 kB): printable ASCII is answered without Unicode tables. */
	static boolean printable(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c >= ' ' && c < 0x7f) {
				continue;
			}
			if (Character.isISOControl(c) || !Character.isDefined(c)) {
				return false;
			}
		}
		return true;
	}

	/** Every JWT decoder (the production one from issuer-uri / jwk-set-uri, or the local issuer's) verifies each token once. */
	@Bean
	static BeanPostProcessor cachingJwtDecoders() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof JwtDecoder decoder && !(bean instanceof CachingJwtDecoder)
						? new CachingJwtDecoder(decoder, Clock.systemUTC()) : bean;
			}
		};
	}

	/** Picked up by Boot's JWT decoder (issuer-uri / jwk-set-uri) next to its issuer and expiry checks. */
	@Bean
	AudienceOrClientValidator audienceOrClientValidator(SecuritySettings settings) {
		return new AudienceOrClientValidator(settings);
	}

	/** Picked up like the one above: tokens must carry {@code exp}. */
	@Bean
	OAuth2TokenValidator<Jwt> expiryRequired() {
		return new ExpiryRequired();
	}

}
