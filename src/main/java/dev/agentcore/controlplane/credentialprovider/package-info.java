/**
 * AgentCore Identity's OAuth2 and API-key credential providers as managed resources: the token vault entries a
 * gateway target's outbound authorization names. Their secrets (client secret, API key) are write-only: accepted on
 * POST and PUT, held encrypted in this process's memory ({@link dev.agentcore.controlplane.credentialprovider.PendingSecrets})
 * until the provisioner has sent them to AgentCore, and never stored, returned, logged or recorded.
 */
package dev.agentcore.controlplane.credentialprovider;
