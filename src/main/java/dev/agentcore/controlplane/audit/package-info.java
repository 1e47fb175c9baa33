/**
 * The audit trail: who changed what, when and from which request, with a JSON Patch from the
 * previous spec to the new one; read by admins, exported as NDJSON.
 */
package dev.agentcore.controlplane.audit;
