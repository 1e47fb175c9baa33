package dev.agentcore.controlplane.idp;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.agentcore.controlplane.web.ReadOnlyPosts;

@Configuration(proxyBeanMethods = false)
class IdpDiagnostics {

	/** Token checks change nothing: read scope, never idempotency-cached (the answer shows the token's claims). */
	@Bean
	ReadOnlyPosts idpReadOnlyPosts() {
		return ReadOnlyPosts.of("/api/v1/idp-profiles/{id}/token-checks");
	}

}
