package dev.agentcore.controlplane.policy;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import dev.agentcore.controlplane.servicemodel.ModelMember;

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
 * @param placement where the engine lives, as a gateway's placement (the gateways attaching it must live there):
 * left out on a POST, the team's single account (its first region), else the control plane's own account and region;
 * left out on a PUT, where it is. It cannot change.
 */
@Schema(example = """
		{"name": "orders_engine", "description": "Who may call the order tools"}""")
record PolicyEngineRequest(
		@NotBlank @ModelMember(value = "CreatePolicyEngineRequest.name", hint = "a letter, then letters, digits and underscores") String name,
		@ModelMember("CreatePolicyEngineRequest.description") String description,
		@ModelMember(value = "CreatePolicyEngineRequest.encryptionKeyArn", hint = "a KMS key ARN: arn:aws:kms:<region>:<account>:key/<key id>") String encryptionKeyArn,
		@ModelMember("CreatePolicyEngineRequest.tags") Map<@NotNull @ModelMember(value = "TagsMap.key", hint = PolicyEngineRequest.TAG_HINT) String,
				@NotNull @ModelMember(value = "TagsMap.value", hint = PolicyEngineRequest.TAG_HINT) String> tags,
		@jakarta.validation.Valid dev.agentcore.controlplane.gateway.GatewayRequest.PlacementRequest placement) {

	static final String TAG_HINT = "letters, digits, spaces and _.:/=+-@";

	/** The placement asked for; null when left out. */
	dev.agentcore.controlplane.account.Placement requestedPlacement() {
		return placement == null ? null : new dev.agentcore.controlplane.account.Placement(placement.accountId(),
				placement.region());
	}

	PolicyEngineSpec spec() {
		return new PolicyEngineSpec(description, encryptionKeyArn, tags);
	}

}
