/**
 * Signed webhooks: teams register https endpoints and event-type filters; every matching event is
 * delivered per the Standard Webhooks specification from a durable queue, retried with backoff,
 * recorded, and the endpoint disabled after a sustained failure period.
 */
package dev.agentcore.controlplane.webhook;
