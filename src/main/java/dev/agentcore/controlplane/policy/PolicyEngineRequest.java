package dev.agentcore.controlplane.policy;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A policy engine as a team declares it (POST) or replaces it (PUT, full replacement).
 *
 * @param name unique in the AWS account, so across the control plane: a letter, then letters, digits
 * and underscores, at most 48; cannot change
 * @param description what the engine governs, 1 to 4096 characters
 */
@Schema(example = """
		{"name": "orders_engine", "description": "Who may call the order tools"}""")
record PolicyEngineRequest(
		@NotBlank @Size(max = 48) @Pattern(regexp = PolicyEngineRequest.NAME, message = "must start with a letter and hold only letters, digits and underscores") String name,
		@Size(min = 1, max = 4096) String description) {

	static final String NAME = "[A-Za-z][A-Za-z0-9_]*";

	PolicyEngineSpec spec() {
		return new PolicyEngineSpec(description);
	}

}
