package dev.agentcore.controlplane.gateway;

/** The insert of a newly declared gateway, hand-written (a fragment of {@link Gateways}). */
interface GatewayDeclarations {

	/**
	 * Inserts a gateway {@link Gateway#declare declared} in the current transaction and publishes what it recorded
	 * (its history entry, the provisioner's wake-up, its audit record), as {@code save} would; returns it as saved.
	 */
	Gateway insertDeclared(Gateway declared);

}
