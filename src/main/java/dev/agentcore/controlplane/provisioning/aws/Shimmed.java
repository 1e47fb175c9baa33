package dev.agentcore.controlplane.provisioning.aws;

import java.util.List;

/**
 * A typed request with its {@link MemberShim} exchange attached.
 *
 * @param kept the members the request keeps as AWS held them (read-modify-write)
 */
record Shimmed<R>(R request, MemberShim.Exchange exchange, List<String> kept) {
}
