package dev.agentcore.controlplane.security;

import jakarta.servlet.DispatcherType;

import java.time.Clock;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Every {@code /api/**} call needs a bearer token: GET and plans need read, everything else write;
 * operations endpoints and the AWS account's inventory ({@code /api/v1/aws/**}) need admin. Health, the API documentation and (in the embedded default)
 * {@code /local/**} are open.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Plans change nothing: the read scope suffices (API.md, scopes). */
	static final String[] PLANS = { "/api/v1/gateways/plans", "/api/v1/gateways/*/plans",
			"/api/v1/gateways/*/targets/plans", "/api/v1/gateways/*/targets/*/plans" };

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
				.requestMatchers("/api/v1/aws/**")
				.hasAuthority(Access.ADMIN.authority())
				.requestMatchers(HttpMethod.GET, "/api/**")
				.hasAuthority(Access.READ.authority())
				.requestMatchers(HttpMethod.HEAD, "/api/**")
				.hasAuthority(Access.READ.authority())
				.requestMatchers(HttpMethod.POST, PLANS)
				.hasAuthority(Access.READ.authority())
				.requestMatchers("/api/**")
				.hasAuthority(Access.WRITE.authority())
				.anyRequest()
				.permitAll())
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

	static boolean printable(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
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

}
