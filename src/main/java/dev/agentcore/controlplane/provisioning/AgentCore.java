package dev.agentcore.controlplane.provisioning;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.agentcore.controlplane.resource.StatusUpdate.AwsIdentity;

/**
 * What the provisioner needs from AgentCore: observe, create, update and delete gateways and
 * targets, each safe to repeat. Creates carry a client token; deletes of what is already gone
 * succeed. Failures are {@link AgentCoreFailure}s that say whether a retry can help.
 */
public interface AgentCore {

	Call<Gateway> createGateway(DesiredGateway desired, String clientToken);

	/** The gateway, compared with what is desired; empty when AWS does not have it. */
	Optional<Gateway> observeGateway(String gatewayId, DesiredGateway desired);

	Optional<Gateway> findGatewayByName(String name, DesiredGateway desired);

	Call<Gateway> updateGateway(String gatewayId, DesiredGateway desired);

	Call<Void> deleteGateway(String gatewayId);

	Call<Target> createTarget(String gatewayId, DesiredTarget desired, String clientToken);

	Optional<Target> observeTarget(String gatewayId, String targetId, DesiredTarget desired);

	Optional<Target> findTargetByName(String gatewayId, String name, DesiredTarget desired);

	Call<Target> updateTarget(String gatewayId, String targetId, DesiredTarget desired);

	Call<Void> deleteTarget(String gatewayId, String targetId);

	Call<Void> synchronizeTarget(String gatewayId, String targetId);

	/** A result and the AWS request id that produced it. */
	record Call<T>(T result, String requestId) {
	}

	/**
	 * A gateway as AWS reports it.
	 *
	 * @param matchesDesired whether its configuration equals the desired one
	 */
	record Gateway(String id, String arn, String url, String status, List<String> statusReasons,
			boolean matchesDesired) implements Observed {

		@Override
		public AwsIdentity identity() {
			return new AwsIdentity(id, arn, url);
		}

	}

	/** A target as AWS reports it. */
	record Target(String id, String status, List<String> statusReasons, Instant lastSynchronizedAt,
			boolean matchesDesired) implements Observed {

		@Override
		public AwsIdentity identity() {
			return new AwsIdentity(id, null, null);
		}

	}

}
