package dev.agentcore.controlplane.local;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells a newcomer where to look and hands over an admin token, once the server is up. */
@Component
@Profile("local")
class LocalStartupHint {

	private static final Logger log = LoggerFactory.getLogger(LocalStartupHint.class);

	static final long ADMIN_TOKEN_SECONDS = 12 * 3600;

	private final LocalTokens tokens;

	private final LocalSettings settings;

	LocalStartupHint(LocalTokens tokens, LocalSettings settings) {
		this.tokens = tokens;
		this.settings = settings;
	}

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
		String base = "http://localhost:" + port;
		String token = tokens.admin(settings.adminTeam(), ADMIN_TOKEN_SECONDS).accessToken();
		log.info("""

				=====================================================================================
				 AgentCore Gateway control plane is running (embedded default, profile 'local')
				   Swagger UI:    {}/swagger-ui.html   (Authorize -> paste the token below)
				   OpenAPI:       {}/v3/api-docs
				   Health:        {}/actuator/health
				   Local issuer:  {}/local/oidc/.well-known/openid-configuration
				   Data kept in:  {}
				 Admin token (team '{}', read/write/admin, valid 12 h):
				 {}
				 Try:
				   export TOKEN={}
				   curl -s -H "Authorization: Bearer $TOKEN" {}/api/v1/me
				=====================================================================================""",
				base, base, base, base, settings.dataDir().toAbsolutePath().normalize(), settings.adminTeam(), token,
				token, base);
	}

}
