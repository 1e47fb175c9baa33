package dev.agentcore.controlplane.idp;

import java.util.List;

import org.springframework.data.annotation.ReadOnlyProperty;

/**
 * What AWS holds for a managed profile.
 *
 * @param userPoolId e.g. us-west-2_gmSGKKGr9
 * @param userPoolArn its ARN
 * @param discoveryUrl its issuer's OpenID configuration
 * @param domain the hosted domain's prefix, once created
 * @param status the provisioner's summary of the pool, its domain, resource server and clients
 * @param statusReasons what differs from the declaration or failed
 */
public record AwsUserPool(@ReadOnlyProperty String userPoolId, @ReadOnlyProperty String userPoolArn,
		@ReadOnlyProperty String discoveryUrl, @ReadOnlyProperty String domain, @ReadOnlyProperty String status,
		@ReadOnlyProperty List<String> statusReasons) {

	static final AwsUserPool NONE = new AwsUserPool(null, null, null, null, null, List.of());

}
