package dev.agentcore.controlplane.resource;

import java.time.Instant;

/**
 * The last error the provisioner met.
 *
 * @param code e.g. AWS_ValidationException, AWS_ThrottlingException
 * @param message what AWS or the provisioner said
 * @param retryable whether the provisioner retries by itself
 * @param occurredAt when
 */
public record ProvisioningError(String code, String message, boolean retryable, Instant occurredAt) {
}
