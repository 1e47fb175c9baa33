package dev.agentcore.controlplane.stream;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the event stream works.
 *
 * @param pollInterval how often this replica reads newly committed events (one query for all its subscribers)
 * @param heartbeat how long a connection may stay silent before a comment line keeps it open
 * @param buffer events held for one connection; a reader that falls this far behind is disconnected and
 * resumes with Last-Event-ID
 * @param maxDuration how long one connection lasts before the server ends it (clients reconnect)
 * @param page events read per query
 * @param maxPerCaller streams one caller (token subject) may hold open at once on this replica; more are
 * refused with 429 TOO_MANY_STREAMS
 */
@Validated
@ConfigurationProperties("controlplane.stream")
record StreamSettings(@DefaultValue("250ms") Duration pollInterval, @DefaultValue("15s") Duration heartbeat,
		@DefaultValue("1000") @Min(1) int buffer, @DefaultValue("30m") Duration maxDuration,
		@DefaultValue("500") @Min(1) int page, @DefaultValue("5") @Min(1) int maxPerCaller) {
}
