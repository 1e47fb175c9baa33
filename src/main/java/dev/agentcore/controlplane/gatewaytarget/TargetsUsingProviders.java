package dev.agentcore.controlplane.gatewaytarget;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.credentialprovider.ProviderUsers;

/** The targets that name a credential provider by id: what keeps the provider from being deleted. */
@Component
class TargetsUsingProviders implements ProviderUsers {

	private final GatewayTargets targets;

	TargetsUsingProviders(GatewayTargets targets) {
		this.targets = targets;
	}

	@Override
	public List<User> usersOf(UUID providerId) {
		return targets.namingProvider(providerId.toString())
			.stream()
			.map(target -> new User(target.id(), target.team(),
					"/api/v1/gateways/" + target.gatewayId() + "/targets/" + target.id()))
			.toList();
	}

}
