package dev.agentcore.controlplane.provisioning;

import java.time.Instant;
import java.util.List;
import java.util.Map;
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

	/**
	 * A full replacement that keeps what AWS holds for the members the spec does not own (read,
	 * then write); the result names them in {@link Gateway#kept()}.
	 */
	Call<Gateway> updateGateway(String gatewayId, DesiredGateway desired);

	/**
	 * Makes the resource's tags exactly {@code desired} (AWS's own {@code aws:} tags aside), with
	 * TagResource and UntagResource; the result says what changed, null when nothing had to.
	 */
	Call<String> convergeTags(String resourceArn, Map<String, String> desired);

	Call<Void> deleteGateway(String gatewayId);

	/**
	 * Makes the OAuth return URLs the workload identity allows exactly {@code desired} (GetWorkloadIdentity, then
	 * UpdateWorkloadIdentity when they differ); the result says what changed, null when nothing had to.
	 */
	Call<String> convergeReturnUrls(String workloadIdentityArn, List<String> desired);

	Call<Target> createTarget(String gatewayId, DesiredTarget desired, String clientToken);

	Optional<Target> observeTarget(String gatewayId, String targetId, DesiredTarget desired);

	Optional<Target> findTargetByName(String gatewayId, String name, DesiredTarget desired);

	/**
	 * A full replacement, as UpdateGatewayTarget is, that keeps the members AWS holds and the spec does
	 * not own (read, then write); the result names them in {@link Target#kept()}.
	 */
	Call<Target> updateTarget(String gatewayId, String targetId, DesiredTarget desired);

	Call<Void> deleteTarget(String gatewayId, String targetId);

	Call<Void> synchronizeTarget(String gatewayId, String targetId);

	/** A result and the AWS request id that produced it. */
	record Call<T>(T result, String requestId) {
	}

	/**
	 * A gateway as AWS reports it.
	 *
	 * @param workloadIdentityArn the workload identity AgentCore made for it, where it reports one
	 * @param differences the owned members whose value differs from the desired one
	 * @param kept members AWS holds that the control plane does not own, kept as they were by an update
	 */
	record Gateway(String id, String arn, String url, String status, List<String> statusReasons,
			String workloadIdentityArn, List<String> differences, List<String> kept) implements Observed {

		public Gateway {
			differences = differences == null ? List.of() : List.copyOf(differences);
			kept = kept == null ? List.of() : List.copyOf(kept);
		}

		@Override
		public AwsIdentity identity() {
			return new AwsIdentity(id, arn, url);
		}

		@Override
		public boolean matchesDesired() {
			return differences.isEmpty();
		}

	}

	/**
	 * A target as AWS reports it.
	 *
	 * @param authorizationUrl while AWS waits for OAuth consent (*_PENDING_AUTH): where a person gives it
	 * @param authorizationUserId the user AgentCore waits for, where it says
	 * @param differences the members whose value differs from the desired one
	 * @param kept members AWS held that the spec does not own, which an update wrote back as they were
	 * @param managedResources the VPC Lattice resources AgentCore manages for the target's private endpoint
	 */
	record Target(String id, String status, List<String> statusReasons, Instant lastSynchronizedAt,
			String authorizationUrl, String authorizationUserId, List<String> differences, List<String> kept,
			List<dev.agentcore.controlplane.network.PrivateEndpoint.ManagedResource> managedResources) implements Observed {

		public Target {
			differences = differences == null ? List.of() : List.copyOf(differences);
			kept = kept == null ? List.of() : List.copyOf(kept);
			managedResources = managedResources == null ? List.of() : List.copyOf(managedResources);
		}

		public Target(String id, String status, List<String> statusReasons, Instant lastSynchronizedAt,
				String authorizationUrl, String authorizationUserId, List<String> differences, List<String> kept) {
			this(id, status, statusReasons, lastSynchronizedAt, authorizationUrl, authorizationUserId, differences, kept,
					List.of());
		}

		@Override
		public AwsIdentity identity() {
			return new AwsIdentity(id, null, null);
		}

		@Override
		public boolean matchesDesired() {
			return differences.isEmpty();
		}

	}

}
