/**
 * Outbound HTTP to URLs that users gave us (discovery documents and key sets today; webhooks and
 * token requests later), through one guarded client: public addresses only, one overall deadline,
 * a size cap and a bound on how many run at once.
 */
package dev.agentcore.controlplane.outbound;
