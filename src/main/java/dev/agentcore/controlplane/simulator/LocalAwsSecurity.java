package dev.agentcore.controlplane.simulator;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * In the embedded default the simulated AWS shares the server with the control plane. Its requests
 * carry AWS's own credentials — SigV4 signatures, client secrets, and bearer tokens for the gateways'
 * authorizers — which the simulated services check themselves; the control plane's bearer-token
 * filter must not take them for API tokens.
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
class LocalAwsSecurity {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain simulatedAwsServices(HttpSecurity http) throws Exception {
		return http.securityMatcher("/local/aws/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.build();
	}

}
