package dev.agentcore.controlplane.idp;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How IDP profiles are checked.
 *
 * @param allowPrivateNetworks allow http discovery URLs and loopback/private addresses: only for the
 * embedded default, whose local issuer is on localhost
 * @param fetchTimeout connect and read timeout of each discovery or JWKS fetch
 * @param maxDocumentSize largest discovery document or JWKS accepted
 */
@ConfigurationProperties("controlplane.idp")
record IdpSettings(@DefaultValue("false") boolean allowPrivateNetworks, @DefaultValue("3s") Duration fetchTimeout,
		@DefaultValue("256KB") DataSize maxDocumentSize) {
}
