/**
 * Gateway rules: which target serves a gateway's calls (by caller and path, static or a weighted split) and which
 * configuration bundle applies, each rule its own aggregate referencing its gateway by id.
 */
package dev.agentcore.controlplane.gatewayrule;
