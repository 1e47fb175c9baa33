package dev.agentcore.controlplane.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.simulator.CognitoRecords.Domain;
import dev.agentcore.controlplane.simulator.CognitoRecords.ResourceServer;
import dev.agentcore.controlplane.simulator.CognitoRecords.Scope;
import dev.agentcore.controlplane.simulator.CognitoRecords.UserPool;

/**
 * The simulated account's Cognito user pools, their hosted domains and resource servers, with the
 * real service's rules: pool ids {@code <region>_<9 characters>}, one domain per pool and prefixes
 * unique in the region (no reserved words), no pool deletion while it has a domain, asynchronous
 * domain creation and deletion. App clients are in {@link CognitoAppClients}.
 */
@Component
@Profile({ "local", "simulator" })
class SimulatedCognito {

	static final Pattern DOMAIN = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

	static final Pattern POOL_NAME = Pattern.compile("[\\w\\s+=,.@-]{1,128}");

	private final SimulatorSettings settings;

	private final FaultInjector faults;

	private final Clock clock = Clock.systemUTC();

	private final Map<String, UserPool> pools = new LinkedHashMap<>();

	private final Map<String, Domain> domains = new LinkedHashMap<>();

	private final Map<String, ResourceServer> servers = new LinkedHashMap<>();

	SimulatedCognito(SimulatorSettings settings, FaultInjector faults) {
		this.settings = settings;
		this.faults = faults;
	}

	synchronized UserPool createUserPool(String name, Map<String, String> tags) {
		if (!POOL_NAME.matcher(name).matches()) {
			throw AwsJsonError.invalidParameter("1 validation error detected: Value at 'poolName' failed to satisfy "
					+ "constraint: Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+");
		}
		String id;
		do {
			id = settings.region() + "_" + random("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 9);
		}
		while (pools.containsKey(id));
		Instant now = clock.instant();
		UserPool pool = new UserPool(id, name, "arn:aws:cognito-idp:" + settings.region() + ":" + settings.accountId()
				+ ":userpool/" + id, Map.copyOf(tags), now, now, null, signingKey());
		pools.put(id, pool);
		return pool;
	}

	synchronized UserPool pool(String id) {
		settle();
		UserPool pool = pools.get(id);
		if (pool == null) {
			throw AwsJsonError.notFound("User pool " + id + " does not exist.");
		}
		return pool;
	}

	synchronized Optional<UserPool> poolOfDomain(String prefix) {
		settle();
		return Optional.ofNullable(domains.get(prefix))
			.filter(domain -> !domain.status().equals("DELETING"))
			.map(domain -> pools.get(domain.userPoolId()));
	}

	synchronized List<UserPool> pools() {
		settle();
		return new ArrayList<>(pools.values());
	}

	synchronized void deleteUserPool(String id) {
		UserPool pool = pool(id);
		if (pool.domain() != null) {
			throw AwsJsonError.invalidParameter("User pool cannot be deleted. It has a domain configured that should be deleted first.");
		}
		servers.values().removeIf(server -> server.userPoolId().equals(id));
		pools.remove(id);
	}

	synchronized void createDomain(String poolId, String prefix) {
		UserPool pool = pool(poolId);
		if (!DOMAIN.matcher(prefix).matches()) {
			throw AwsJsonError.invalidParameter("1 validation error detected: Value '" + prefix + "' at 'domain' failed to "
					+ "satisfy constraint: Member must satisfy regular expression pattern: ^[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?$");
		}
		for (String reserved : List.of("aws", "amazon", "cognito")) {
			if (prefix.contains(reserved)) {
				throw AwsJsonError.invalidParameter("Domain cannot contain reserved word: " + reserved);
			}
		}
		if (domains.containsKey(prefix)) {
			throw AwsJsonError.invalidParameter("Domain already associated with another user pool.");
		}
		if (pool.domain() != null) {
			throw AwsJsonError.invalidParameter("User pool already has a domain configured.");
		}
		Instant now = clock.instant();
		domains.put(prefix, new Domain(prefix, poolId, "CREATING", now.plus(faults.transitionDelay())));
		pools.put(poolId, pool.withDomain(prefix, now));
	}

	synchronized Optional<Domain> domain(String prefix) {
		settle();
		return Optional.ofNullable(domains.get(prefix));
	}

	synchronized void deleteDomain(String poolId, String prefix) {
		settle();
		Domain domain = domains.get(prefix);
		if (domain == null || !domain.userPoolId().equals(poolId)) {
			throw AwsJsonError.invalidParameter("No such domain or user pool exists.");
		}
		if (!domain.status().equals("DELETING")) {
			domains.put(prefix, new Domain(prefix, poolId, "DELETING", clock.instant().plus(faults.transitionDelay())));
		}
		settle();
	}

	synchronized void putResourceServer(String poolId, String identifier, String name, List<Scope> scopes, boolean create) {
		pool(poolId);
		String key = poolId + "|" + identifier;
		if (create && servers.containsKey(key)) {
			throw AwsJsonError.invalidParameter("A resource server with identifier " + identifier + " already exists in this user pool.");
		}
		if (!create && !servers.containsKey(key)) {
			throw AwsJsonError.notFound("Resource server " + identifier + " does not exist.");
		}
		servers.put(key, new ResourceServer(poolId, identifier, name, List.copyOf(scopes)));
	}

	synchronized ResourceServer resourceServer(String poolId, String identifier) {
		pool(poolId);
		ResourceServer server = servers.get(poolId + "|" + identifier);
		if (server == null) {
			throw AwsJsonError.notFound("Resource server " + identifier + " does not exist.");
		}
		return server;
	}

	synchronized List<ResourceServer> resourceServers(String poolId) {
		return servers.values().stream().filter(server -> server.userPoolId().equals(poolId)).toList();
	}

	synchronized void deleteResourceServer(String poolId, String identifier) {
		resourceServer(poolId, identifier);
		servers.remove(poolId + "|" + identifier);
	}

	String region() {
		return settings.region();
	}

	String accountId() {
		return settings.accountId();
	}

	/** Domain transitions complete lazily, when the account is next looked at after their time. */
	private void settle() {
		Instant now = clock.instant();
		for (Domain domain : List.copyOf(domains.values())) {
			if (domain.settlesAt() == null || now.isBefore(domain.settlesAt())) {
				continue;
			}
			if (domain.status().equals("DELETING")) {
				domains.remove(domain.prefix());
				UserPool pool = pools.get(domain.userPoolId());
				if (pool != null) {
					pools.put(pool.id(), pool.withDomain(null, now));
				}
			}
			else {
				domains.put(domain.prefix(), new Domain(domain.prefix(), domain.userPoolId(), "ACTIVE", null));
			}
		}
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

	static String random(String alphabet, int length) {
		StringBuilder value = new StringBuilder();
		for (int i = 0; i < length; i++) {
			value.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
		}
		return value.toString();
	}

}
