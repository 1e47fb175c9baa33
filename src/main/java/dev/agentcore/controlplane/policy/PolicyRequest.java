package dev.agentcore.controlplane.policy;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import dev.agentcore.controlplane.policy.PolicySpec.EnforcementMode;
import dev.agentcore.controlplane.policy.PolicySpec.ValidationMode;
import dev.agentcore.controlplane.servicemodel.ModelMember;

/**
 * A policy as a team declares it (POST) or replaces it (PUT, full replacement). The statement is
 * validated with Cedar against the schema of every gateway the engine is attached to before it is stored.
 *
 * @param name unique in the AWS account: a letter, then letters, digits and underscores, at most 48; cannot change
 * @param description what the policy is for, 1 to 4096 characters
 * @param statement one Cedar static policy, 35 to 10000 characters
 * @param validationMode FAIL_ON_ANY_FINDINGS (default, as AgentCore) or IGNORE_ALL_FINDINGS
 * @param enforcementMode ACTIVE (default) decides tool calls; LOG_ONLY is evaluated and logged without deciding
 * (AgentCore's EnforcementMode), to watch a policy before it acts
 */
@Schema(example = """
		{"name": "orders_readers_list",
		 "description": "Callers with the orders:read scope may list up to 100 orders",
		 "statement": "permit(principal is AgentCore::OAuthUser, action == AgentCore::Action::\\"orders___list_orders\\", resource == AgentCore::Gateway::\\"arn:aws:bedrock-agentcore:us-east-1:123456789012:gateway/orders-a1b2c3d4e5\\") when { principal.hasTag(\\"scope\\") && principal.getTag(\\"scope\\") like \\"*orders:read*\\" && context.input.limit <= 100 };"}""")
record PolicyRequest(
		@NotBlank @ModelMember(value = "CreatePolicyRequest.name", hint = "a letter, then letters, digits and underscores") String name,
		@ModelMember("CreatePolicyRequest.description") String description,
		@NotNull @ModelMember(value = "CedarPolicy.statement") String statement,
		ValidationMode validationMode,
		EnforcementMode enforcementMode) {

	PolicySpec spec() {
		return new PolicySpec(description, statement, validationMode, enforcementMode);
	}

}
