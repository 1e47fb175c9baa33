package dev.agentcore.controlplane.local;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded default.
 *
 * @param dataDir where the embedded database, its password, the issuer's key and the admin token
 * live (owner-only), so a restart keeps them
 * @param issuerUrl the local issuer's URL as clients reach it; by default
 * {@code http://localhost:<port>/local/oidc}
 * @param adminTeam the team of the admin token printed at start-up
 * @see dev.agentcore.controlplane.web.LoopbackOnly {@code controlplane.local.unsafe-allow-remote-access}
 */
@ConfigurationProperties("controlplane.local")
record LocalSettings(@DefaultValue(".local-data") Path dataDir, String issuerUrl,
		@DefaultValue("platform") String adminTeam) {
}
