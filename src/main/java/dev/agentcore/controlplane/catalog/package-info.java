/**
 * The Backstage catalog feed: a Resource (type mcp-gateway) and an API entity per gateway, in the
 * shape Backstage's catalog ingests unchanged.
 */
package dev.agentcore.controlplane.catalog;
