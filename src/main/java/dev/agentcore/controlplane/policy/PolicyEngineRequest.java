package dev.agentcore.controlplane.policy;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A policy engine as a team declares it (POST) or replaces it (PUT, full replacement).
 *
 * @param name unique in the AWS account, so across the control plane: a letter, then letters, digits
 * and underscores, at most 48; cannot change
 * @param description what the engine governs, 1 to 4096 characters
 * @param encryptionKeyArn a customer-managed KMS key (arn:aws:kms:region:account:key/id) AgentCore encrypts the engine
 * with; set when the engine is created, it cannot change
 * @param tags AWS tags for the engine, at most 50 (keys 1 to 128, values up to 256 characters of letters, digits,
 * spaces and {@code _.:/=+-@}); given when the engine is created, they cannot change
 */
@Schema(example = """
		{"name": "orders_engine", "description": "Who may call the order tools"}""")
record PolicyEngineRequest(
		@NotBlank @Size(max = 48) @Pattern(regexp = PolicyEngineRequest.NAME, message = "must start with a letter and hold only letters, digits and underscores") String name,
		@Size(min = 1, max = 4096) String description,
		@Size(min = 1, max = 2048) @Pattern(regexp = PolicyEngineRequest.KMS_KEY_ARN, message = "must be a KMS key ARN: arn:aws:kms:<region>:<account>:key/<key id>") String encryptionKeyArn,
		@Size(max = 50) Map<@NotNull @Size(min = 1, max = 128) @Pattern(regexp = PolicyEngineRequest.TAG, message = "may hold letters, digits, spaces and _.:/=+-@") String, @NotNull @Size(max = 256) @Pattern(regexp = PolicyEngineRequest.TAG, message = "may hold letters, digits, spaces and _.:/=+-@") String> tags) {

	/** The model's KmsKeyArn pattern. */
	static final String KMS_KEY_ARN = "arn:aws(|-cn|-us-gov):kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}";

	/** The model's TagKey and TagValue pattern. */
	static final String TAG = "[a-zA-Z0-9\\s._:/=+@-]*";

	static final String NAME = "[A-Za-z][A-Za-z0-9_]*";

	PolicyEngineSpec spec() {
		return new PolicyEngineSpec(description, encryptionKeyArn, tags);
	}

}
