package dev.agentcore.controlplane.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a newcomer where to look and hands over an admin token, once the server is up. The token
 * goes to the console (standard output, not the logger, so no log file or log pipeline keeps it)
 * and to {@code <data-dir>/admin-token}, readable by the owner only.
 */
@Component
@Profile("local")
class LocalStartupHint {

	private static final Logger log = LoggerFactory.getLogger(LocalStartupHint.class);

	static final long ADMIN_TOKEN_SECONDS = 12 * 3600;

	static final String TOKEN_FILE = "admin-token";

	private final LocalTokens tokens;

	private final LocalSettings settings;

	LocalStartupHint(LocalTokens tokens, LocalSettings settings) {
		this.tokens = tokens;
		this.settings = settings;
	}

	@EventListener
	void onReady(ApplicationReadyEvent event) throws IOException {
		String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
		String base = "http://localhost:" + port;
		String token = tokens.admin(settings.adminTeam(), ADMIN_TOKEN_SECONDS).accessToken();
		Path dataDir = settings.dataDir().toAbsolutePath().normalize();
		Path tokenFile = dataDir.resolve(TOKEN_FILE);
		OwnerOnlyFiles.write(tokenFile, token + "\n");
		PrintStream console = System.out;
		console.println("""

				=====================================================================================
				 AgentCore Gateway control plane is running (embedded default, profile 'local')
				   Swagger UI:    %1$s/swagger-ui.html   (Authorize -> paste the token below)
				   OpenAPI:       %1$s/v3/api-docs
				   Health:        %1$s/actuator/health
				   Local issuer:  %1$s/local/oidc/.well-known/openid-configuration
				   Data kept in:  %2$s
				 Admin token (team '%3$s', read/write/admin, valid 12 h; also in %4$s):
				 %5$s
				 Try:
				   export TOKEN=$(cat %4$s)
				   curl -s -H "Authorization: Bearer $TOKEN" %1$s/api/v1/me
				 Reachable from this machine only; anyone who can run programs here can mint tokens.
				=====================================================================================""".formatted(base,
				dataDir, settings.adminTeam(), tokenFile, token));
		console.flush();
		log.info("Embedded default ready on {}; the admin token is printed on the console and kept in {}", base, tokenFile);
	}

}
