package dev.agentcore.controlplane.webhook;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How webhooks are delivered.
 *
 * @param enabled deliver from this replica (the API works without it; deliveries wait in the queue)
 * @param encryptionKey base64 of 32 random bytes: the AES-256-GCM key that encrypts signing secrets at rest;
 * webhooks cannot be created without it
 * @param backoffBase delay before the first retry; doubles per attempt
 * @param backoffMax longest delay between retries
 * @param maxAttempts attempts per message before it counts as failed
 * @param disableAfter a webhook failing this long without a success is disabled (with a WEBHOOK_DISABLED event)
 * @param fanoutInterval how often new events are matched against webhooks
 * @param pollingInterval how often the delivery queue is polled for work queued by other replicas
 * @param threads deliveries at once on this replica
 * @param threadsPerTeam of those, the most one team's deliveries take at once; that team's further due
 * deliveries wait (not counted as attempts) while the other teams' go first, so one team's slow endpoints
 * cannot occupy every delivery thread
 * @param maxPerTeam webhooks one team may register; more are refused (409 WEBHOOK_LIMIT_REACHED)
 */
@Validated
@ConfigurationProperties("controlplane.webhooks")
record WebhookSettings(@DefaultValue("true") boolean enabled, String encryptionKey,
		@DefaultValue("5s") Duration backoffBase,
		@DefaultValue("1h") Duration backoffMax, @DefaultValue("12") @Min(1) int maxAttempts,
		@DefaultValue("24h") Duration disableAfter, @DefaultValue("500ms") Duration fanoutInterval,
		@DefaultValue("2s") Duration pollingInterval, @DefaultValue("4") @Min(1) int threads,
		@DefaultValue("2") @Min(1) int threadsPerTeam, @DefaultValue("25") @Min(1) int maxPerTeam) {
}
