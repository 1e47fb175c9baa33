package dev.agentcore.controlplane.outbound;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of every outbound exchange.
 *
 * @param allowPrivateNetworks allow http and loopback/private addresses: only for the embedded
 * default, whose local issuer is on localhost (also read from the older
 * {@code controlplane.idp.allow-private-networks})
 * @param deadline one overall deadline per fetch: DNS, connect, TLS, headers and the whole body,
 * redirects included
 * @param maxResponseSize largest response body read; a larger one fails the fetch
 * @param maxConcurrent fetches in flight at once; more are refused at once (503 with Retry-After),
 * never queued on request threads
 * @param maxConcurrentPerTeam of those, the most one team (or one caller without a team) holds at once;
 * beyond it that team's fetches are refused (503) while the other slots stay free for other teams
 */
@Validated
@ConfigurationProperties("controlplane.outbound")
record OutboundSettings(@DefaultValue("false") boolean allowPrivateNetworks, @DefaultValue("5s") Duration deadline,
		@DefaultValue("512KB") DataSize maxResponseSize, @DefaultValue("16") @Min(1) @Max(1000) int maxConcurrent,
		@DefaultValue("4") @Min(1) @Max(1000) int maxConcurrentPerTeam) {
}
