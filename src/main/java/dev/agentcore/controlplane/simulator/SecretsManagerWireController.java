package dev.agentcore.controlplane.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.agentcore.controlplane.simulator.SimulatedSecretsManager.Secret;

/**
 * The Secrets Manager operations the control plane uses, on the AWS JSON 1.1 wire
 * ({@code X-Amz-Target: secretsmanager.<Operation>}).
 */
@Hidden
@RestController
@Profile({ "local", "simulator" })
class SecretsManagerWireController {

	static final String PATH = "/local/aws/secretsmanager";

	private final AwsJsonWire wire;

	private final SimulatorStats stats = new SimulatorStats();

	private final Map<String, Function<JsonNode, JsonNode>> operations = new LinkedHashMap<>();

	SecretsManagerWireController(SimulatedAccountServices accounts, AwsJsonWire wire) {
		// Each call reaches the Secrets Manager of the account and region its signer is in.
		this.wire = wire;
		operations.put("CreateSecret", r -> versioned(accounts.secrets().create(JsonMembers.required(r, "Name"),
				JsonMembers.text(r, "Description"), JsonMembers.text(r, "SecretString"), tags(r.get("Tags")),
				JsonMembers.text(r, "ClientRequestToken"))));
		operations.put("PutSecretValue", r -> {
			ObjectNode node = versioned(accounts.secrets().put(JsonMembers.required(r, "SecretId"), JsonMembers.text(r, "SecretString"),
					JsonMembers.text(r, "ClientRequestToken")));
			node.set("VersionStages", JsonMembers.array(List.of("AWSCURRENT")));
			return node;
		});
		operations.put("GetSecretValue", r -> {
			Secret secret = accounts.secrets().value(JsonMembers.required(r, "SecretId"));
			ObjectNode node = versioned(secret);
			node.put("SecretString", secret.value());
			node.set("VersionStages", JsonMembers.array(List.of("AWSCURRENT")));
			JsonMembers.timestamp(node, "CreatedDate", secret.lastChangedAt());
			return node;
		});
		operations.put("DescribeSecret", r -> describe(accounts.secrets().describe(JsonMembers.required(r, "SecretId"))));
		operations.put("DeleteSecret", r -> {
			JsonNode days = r.get("RecoveryWindowInDays");
			Secret deleted = accounts.secrets().delete(JsonMembers.required(r, "SecretId"), JsonMembers.flag(r, "ForceDeleteWithoutRecovery"),
					days != null && days.canConvertToLong() ? days.asLong() : null);
			ObjectNode node = JsonMembers.NODES.objectNode().put("ARN", deleted.arn()).put("Name", deleted.name());
			JsonMembers.timestamp(node, "DeletionDate", deleted.deletedDate());
			return node;
		});
	}

	@PostMapping({ PATH, PATH + "/" })
	void call(HttpServletRequest request, HttpServletResponse response) {
		wire.serve(request, response, "secretsmanager", operations, Set.of("GetSecretValue", "DescribeSecret"), stats);
	}

	private static ObjectNode versioned(Secret secret) {
		return JsonMembers.NODES.objectNode().put("ARN", secret.arn()).put("Name", secret.name()).put("VersionId", secret.versionId());
	}

	private static ObjectNode describe(Secret secret) {
		ObjectNode node = JsonMembers.NODES.objectNode().put("ARN", secret.arn()).put("Name", secret.name());
		if (secret.description() != null) {
			node.put("Description", secret.description());
		}
		JsonMembers.timestamp(node, "CreatedDate", secret.createdAt());
		JsonMembers.timestamp(node, "LastChangedDate", secret.lastChangedAt());
		JsonMembers.timestamp(node, "DeletedDate", secret.deletedDate());
		ArrayNode tags = node.putArray("Tags");
		secret.tags().forEach((key, value) -> tags.addObject().put("Key", key).put("Value", value));
		node.putObject("VersionIdsToStages").set(secret.versionId(), JsonMembers.array(List.of("AWSCURRENT")));
		return node;
	}

	private static Map<String, String> tags(JsonNode tags) {
		Map<String, String> values = new LinkedHashMap<>();
		if (tags != null && tags.isArray()) {
			tags.forEach(tag -> values.put(JsonMembers.required(tag, "Key"), JsonMembers.required(tag, "Value")));
		}
		return values;
	}

}
