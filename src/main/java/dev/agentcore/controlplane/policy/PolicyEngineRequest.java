package dev.agentcore.controlplane.policy;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

import dev.agentcore.controlplane.servicemodel.ModelMember;

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
		@NotBlank @ModelMember(value = "CreatePolicyEngineRequest.name", hint = "a letter, then letters, digits and underscores") String name,
		@ModelMember("CreatePolicyEngineRequest.description") String description) {

	PolicyEngineSpec spec() {
		return new PolicyEngineSpec(description);
	}

}
