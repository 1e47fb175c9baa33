package dev.agentcore.controlplane.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.simulator.CognitoRecords.Domain;
import dev.agentcore.controlplane.simulator.CognitoRecords.ResourceServer;
import dev.agentcore.controlplane.simulator.CognitoRecords.UserPool;

/**
 * The simulated account's Cognito user pools, their hosted domains and resource servers, with the
 * real service's rules: pool ids {@code <region>_<9 characters>}, one domain per pool and prefixes
 * unique in the region (no reserved words), no pool deletion while it has a domain, asynchronous
 * domain creation and deletion (names and prefixes that break the model's patterns are refused on the wire,
 * by {@link CognitoWireController}). Held in memory in {@link SimulatedStore}s, which complete the domains'
 * transitions. App clients are in {@link CognitoAppClients}.
 */
@Component
@Profile({ "local", "simulator" })
class SimulatedCognito {

	private final SimulatorSettings settings;

	private final FaultInjector faults;

	private final Clock clock = Clock.systemUTC();

	private final SimulatedStore<UserPool> pools = SimulatedStore.inMemory(SimulatedShape.settled(UserPool::id));

	private final SimulatedStore<ResourceServer> servers = SimulatedStore.inMemory(SimulatedShape.settled(ResourceServer::key));

	private final SimulatedStore<Domain> domains;

	SimulatedCognito(SimulatorSettings settings, FaultInjector faults) {
		this.settings = settings;
		this.faults = faults;
		this.domains = SimulatedStore.inMemory(SimulatedShape.transitioning(Domain::prefix, Domain::settlesAt, this::settled))
			.timed(SimulatedStore.Timing.unsaved(clock, faults::transitionDelay));
	}

	synchronized UserPool createUserPool(String name, Map<String, String> tags) {
		String id = SimulatedIds.unique(settings.region() + "_", SimulatedIds.ALPHANUMERIC, 9, pools::contains);
		Instant now = clock.instant();
		return pools.put(new UserPool(id, name, "arn:aws:cognito-idp:" + settings.region() + ":" + settings.accountId()
				+ ":userpool/" + id, Map.copyOf(tags), now, now, null, signingKey()));
	}

	synchronized UserPool pool(String id) {
		settle();
		return pools.find(id).orElseThrow(() -> AwsJsonError.notFound("User pool " + id + " does not exist."));
	}

	synchronized Optional<UserPool> poolOfDomain(String prefix) {
		return domain(prefix).filter(domain -> !domain.status().equals("DELETING"))
			.flatMap(domain -> pools.find(domain.userPoolId()));
	}

	synchronized List<UserPool> pools() {
		settle();
		return pools.all();
	}

	synchronized void deleteUserPool(String id) {
		if (pool(id).domain() != null) {
			throw AwsJsonError.invalidParameter("User pool cannot be deleted. It has a domain configured that should be deleted first.");
		}
		servers.removeIf(server -> server.userPoolId().equals(id));
		pools.remove(id);
	}

	synchronized void createDomain(String poolId, String prefix) {
		UserPool pool = pool(poolId);
		Stream.of("aws", "amazon", "cognito").filter(prefix::contains).findFirst().ifPresent(reserved -> {
			throw AwsJsonError.invalidParameter("Domain cannot contain reserved word: " + reserved);
		});
		if (domains.contains(prefix)) {
			throw AwsJsonError.invalidParameter("Domain already associated with another user pool.");
		}
		if (pool.domain() != null) {
			throw AwsJsonError.invalidParameter("User pool already has a domain configured.");
		}
		domains.start((now, settlesAt) -> new Domain(prefix, poolId, "CREATING", settlesAt));
		pools.put(pool.withDomain(prefix, clock.instant()));
	}

	synchronized Optional<Domain> domain(String prefix) {
		settle();
		return domains.find(prefix);
	}

	synchronized void deleteDomain(String poolId, String prefix) {
		Domain domain = domain(prefix).filter(found -> found.userPoolId().equals(poolId))
			.orElseThrow(() -> AwsJsonError.invalidParameter("No such domain or user pool exists."));
		if (!domain.status().equals("DELETING")) {
			domains.start((now, settlesAt) -> new Domain(prefix, poolId, "DELETING", settlesAt));
		}
		settle();
	}

	/** Creates ({@code create}) or replaces the pool's resource server of the same identifier. */
	synchronized void putResourceServer(ResourceServer server, boolean create) {
		pool(server.userPoolId());
		if (create == servers.contains(server.key())) {
			throw create ? AwsJsonError.invalidParameter("A resource server with identifier " + server.identifier()
					+ " already exists in this user pool.")
					: AwsJsonError.notFound("Resource server " + server.identifier() + " does not exist.");
		}
		servers.put(server);
	}

	synchronized ResourceServer resourceServer(String poolId, String identifier) {
		pool(poolId);
		return servers.find(ResourceServer.key(poolId, identifier))
			.orElseThrow(() -> AwsJsonError.notFound("Resource server " + identifier + " does not exist."));
	}

	synchronized List<ResourceServer> resourceServers(String poolId) {
		return servers.matching(server -> server.userPoolId().equals(poolId));
	}

	synchronized void deleteResourceServer(String poolId, String identifier) {
		servers.remove(resourceServer(poolId, identifier).key());
	}

	/** Domain transitions complete lazily, when the account is next looked at after their time. */
	private void settle() {
		domains.settle(clock.instant(), faults.faults());
	}

	/** A domain whose transition completed: ACTIVE once created; gone, and its pool without it, once deleted. */
	private Domain settled(Domain domain, Faults current) {
		if (!domain.status().equals("DELETING")) {
			return new Domain(domain.prefix(), domain.userPoolId(), "ACTIVE", null);
		}
		pools.find(domain.userPoolId()).ifPresent(pool -> pools.put(pool.withDomain(null, clock.instant())));
		return null;
	}

	private static RSAKey signingKey() {
		try {
			return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
				.keyID(UUID.randomUUID().toString()).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
