package dev.agentcore.controlplane.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The simulated account's Secrets Manager: secrets by name or ARN ({@code <name>-<6 characters>}),
 * versions (the current one answers), tags, and deletion with a recovery window or at once.
 */
@Component
@Profile({ "local", "simulator" })
class SimulatedSecretsManager {

	private final SimulatorSettings settings;

	private final Map<String, Secret> byName = new LinkedHashMap<>();

	SimulatedSecretsManager(SimulatorSettings settings) {
		this.settings = settings;
	}

	/** A secret; {@code deletedDate} is set while it waits for deletion. */
	record Secret(String arn, String name, String description, String value, String versionId,
			Map<String, String> tags, Instant createdAt, Instant lastChangedAt, Instant deletedDate) {

		Secret withValue(String newValue, String version, Instant at) {
			return new Secret(arn, name, description, newValue, version, tags, createdAt, at, deletedDate);
		}

		Secret deletedOn(Instant date) {
			return new Secret(arn, name, description, value, versionId, tags, createdAt, lastChangedAt, date);
		}

	}

	synchronized Secret create(String name, String description, String value, Map<String, String> tags, String token) {
		Secret existing = byName.get(name);
		if (existing != null) {
			if (existing.deletedDate() != null) {
				throw AwsJsonError.of("InvalidRequestException", "You can't create this secret because a secret with this "
						+ "name is already scheduled for deletion.");
			}
			throw AwsJsonError.of("ResourceExistsException", "The operation failed because the secret " + name
					+ " already exists.");
		}
		if (value == null) {
			throw AwsJsonError.of("InvalidParameterException", "You must provide either SecretString or SecretBinary.");
		}
		Instant now = Instant.now();
		String arn = "arn:aws:secretsmanager:" + settings.region() + ":" + settings.accountId() + ":secret:" + name + "-"
				+ SimulatedIds.random(SimulatedIds.ALPHANUMERIC, 6);
		Secret secret = new Secret(arn, name, description, value, version(token), Map.copyOf(tags), now, now, null);
		byName.put(name, secret);
		return secret;
	}

	synchronized Secret put(String id, String value, String token) {
		Secret secret = live(id, "PutSecretValue");
		Secret updated = secret.withValue(value, version(token), Instant.now());
		byName.put(secret.name(), updated);
		return updated;
	}

	/** The secret's current value; one scheduled for deletion cannot be read. */
	synchronized Secret value(String id) {
		return live(id, "GetSecretValue");
	}

	synchronized Secret describe(String id) {
		return find(id);
	}

	synchronized Secret delete(String id, boolean force, Long recoveryDays) {
		Secret secret = find(id);
		if (force) {
			byName.remove(secret.name());
			return secret.deletedOn(Instant.now());
		}
		Secret scheduled = secret.deletedOn(Instant.now().plus(Duration.ofDays(recoveryDays == null ? 30 : recoveryDays)));
		byName.put(secret.name(), scheduled);
		return scheduled;
	}

	synchronized List<Secret> all() {
		return List.copyOf(byName.values());
	}

	private Secret live(String id, String operation) {
		Secret secret = find(id);
		if (secret.deletedDate() != null) {
			throw AwsJsonError.of("InvalidRequestException", "You can't perform this operation on the secret because it "
					+ "was marked for deletion.");
		}
		return secret;
	}

	private Secret find(String id) {
		Secret secret = id.startsWith("arn:") ? byName.values().stream().filter(s -> s.arn().equals(id)).findFirst().orElse(null)
				: byName.get(id);
		if (secret == null) {
			throw AwsJsonError.notFound("Secrets Manager can't find the specified secret.");
		}
		return secret;
	}

	private static String version(String token) {
		return token != null ? token : UUID.randomUUID().toString();
	}

}
