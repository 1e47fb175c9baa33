package dev.agentcore.controlplane.provisioning;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The AgentCore port, failing once after AWS created a gateway or target of a listed name and
 * before the caller could record its id: a crash at the worst moment of a create.
 */
final class CrashOnce implements AgentCore {

	static final Set<String> names = ConcurrentHashMap.newKeySet();

	static final Set<String> crashed = ConcurrentHashMap.newKeySet();

	private final AgentCore aws;

	CrashOnce(AgentCore aws) {
		this.aws = aws;
	}

	private static <T> Call<T> maybeCrash(String name, Call<T> created) {
		if (names.remove(name)) {
			crashed.add(name);
			throw new IllegalStateException("simulated crash after AWS created " + name);
		}
		return created;
	}

	@Override
	public Call<Gateway> createGateway(DesiredGateway desired, String clientToken) {
		return maybeCrash(desired.name(), aws.createGateway(desired, clientToken));
	}

	@Override
	public Optional<Gateway> observeGateway(String gatewayId, DesiredGateway desired) {
		return aws.observeGateway(gatewayId, desired);
	}

	@Override
	public Optional<Gateway> findGatewayByName(String name, DesiredGateway desired) {
		return aws.findGatewayByName(name, desired);
	}

	@Override
	public Call<Gateway> updateGateway(String gatewayId, DesiredGateway desired) {
		return aws.updateGateway(gatewayId, desired);
	}

	@Override
	public Call<Void> deleteGateway(String gatewayId) {
		return aws.deleteGateway(gatewayId);
	}

	@Override
	public Call<String> convergeTags(String resourceArn, java.util.Map<String, String> desired) {
		return aws.convergeTags(resourceArn, desired);
	}

	@Override
	public Call<Target> createTarget(String gatewayId, DesiredTarget desired, String clientToken) {
		return maybeCrash(desired.name(), aws.createTarget(gatewayId, desired, clientToken));
	}

	@Override
	public Optional<Target> observeTarget(String gatewayId, String targetId, DesiredTarget desired) {
		return aws.observeTarget(gatewayId, targetId, desired);
	}

	@Override
	public Optional<Target> findTargetByName(String gatewayId, String name, DesiredTarget desired) {
		return aws.findTargetByName(gatewayId, name, desired);
	}

	@Override
	public Call<Target> updateTarget(String gatewayId, String targetId, DesiredTarget desired) {
		return aws.updateTarget(gatewayId, targetId, desired);
	}

	@Override
	public Call<Void> deleteTarget(String gatewayId, String targetId) {
		return aws.deleteTarget(gatewayId, targetId);
	}

	@Override
	public Call<String> convergeReturnUrls(String workloadIdentityArn, java.util.List<String> desired) {
		return aws.convergeReturnUrls(workloadIdentityArn, desired);
	}

	@Override
	public Call<Void> synchronizeTarget(String gatewayId, String targetId) {
		return aws.synchronizeTarget(gatewayId, targetId);
	}

}
