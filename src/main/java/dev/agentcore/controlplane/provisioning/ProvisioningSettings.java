package dev.agentcore.controlplane.provisioning;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the provisioner works.
 *
 * @param enabled run the reconciler on this replica (the API works without it: resources stay PENDING)
 * @param threads reconciles running at once on this replica
 * @param pollingInterval how often to look for due work queued by other replicas
 * @param heartbeatInterval heartbeat of running work; another replica takes work over after
 * {@code missedHeartbeats} of them are missed (about a minute by default)
 * @param missedHeartbeats heartbeats missed before work counts as dead
 * @param driftInterval how often READY resources are compared with AWS (with up to 20% jitter)
 * @param transitionPoll how soon an AWS transition (CREATING, UPDATING, DELETING) is first looked at again;
 * later looks come after as long as the transition has lasted (twice as far apart each time), up to every 5 seconds
 * @param backoffBase first retry delay after a retryable error; doubles per attempt, with full jitter
 * @param backoffMax longest retry delay
 * @param mutatingTps create, update, delete and synchronize calls per second (AgentCore's quota is 5)
 * @param readTps get and list calls per second (AgentCore's quota is 10)
 * @param targetConcurrency target operations at once per gateway (AgentCore allows 5)
 * @param consentPollMax longest wait between looks at a target that waits for a person's OAuth consent; the waits
 * start at {@code transitionPoll} and double, so a consent given soon is noticed soon and a forgotten one costs little
 * @param preflight before creating or updating a gateway or target, check with IAM (GetRole,
 * SimulatePrincipalPolicy) that the execution role trusts AgentCore and allows what the targets need, and that
 * the control plane may pass it; turn off where the control plane's identity may not call those
 */
@Validated
@ConfigurationProperties("controlplane.provisioning")
public record ProvisioningSettings(@DefaultValue("true") boolean enabled, @DefaultValue("8") @Min(1) int threads,
		@DefaultValue("2s") Duration pollingInterval, @DefaultValue("15s") Duration heartbeatInterval,
		@DefaultValue("4") @Min(1) int missedHeartbeats, @DefaultValue("10m") Duration driftInterval,
		@DefaultValue("10ms") Duration transitionPoll, @DefaultValue("1s") Duration backoffBase,
		@DefaultValue("5m") Duration backoffMax, @DefaultValue("5") double mutatingTps,
		@DefaultValue("10") double readTps, @DefaultValue("5") @Min(1) int targetConcurrency,
		@DefaultValue("1m") Duration consentPollMax, @DefaultValue("true") boolean preflight) {
}
