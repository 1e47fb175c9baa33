/**
 * The embedded default (profile {@code local}): embedded PostgreSQL, the local token issuer and
 * the start-up hints. Nothing depends on this module, and none of it runs in production.
 */
package dev.agentcore.controlplane.local;
