/**
 * The live stream: every event of the resource history, as Server-Sent Events, in commit order,
 * team-scoped, resumable with {@code Last-Event-ID}.
 */
package dev.agentcore.controlplane.stream;
