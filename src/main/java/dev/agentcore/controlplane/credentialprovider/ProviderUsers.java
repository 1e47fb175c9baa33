package dev.agentcore.controlplane.credentialprovider;

import java.util.List;
import java.util.UUID;

/**
 * Who uses a credential provider, answered by the module that holds them (gateway targets), so this module does not
 * depend on it.
 */
public interface ProviderUsers {

	/**
	 * A user: its team (for what the caller may see), and how to name it.
	 *
	 * @param id its id
	 * @param path its API path, e.g. /api/v1/gateways/{gateway}/targets/{target}
	 */
	record User(UUID id, String team, String path) {
	}

	/** Every resource that names the provider, of all teams. */
	List<User> usersOf(UUID providerId);

	/** 409 while resources name the provider: the ones {@code canSee} allows by path, the others counted. */
	default void refuseWhileUsed(UUID providerId, java.util.function.Predicate<String> canSee) {
		List<User> using = usersOf(providerId);
		if (!using.isEmpty()) {
			List<String> shown = using.stream().filter(user -> canSee.test(user.team())).map(User::path).toList();
			throw CredentialProviderProblems.inUse(shown, using.size() - shown.size());
		}
	}

}
