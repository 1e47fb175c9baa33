package dev.agentcore.controlplane.gateway;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;

import dev.agentcore.controlplane.gateway.GatewayMembers.Interceptor;
import dev.agentcore.controlplane.gateway.GatewayMembers.PolicyEngine;
import dev.agentcore.controlplane.gateway.GatewaySpec.Authorizer;
import dev.agentcore.controlplane.gateway.GatewaySpec.ExceptionLevel;
import dev.agentcore.controlplane.gateway.GatewaySpec.ExecutionRole;
import dev.agentcore.controlplane.gateway.GatewaySpec.Protocol;
import dev.agentcore.controlplane.web.Violations;
import dev.agentcore.controlplane.servicemodel.ModelMember;

/**
 * A gateway as a team declares it (POST) or replaces it (PUT, full replacement).
 *
 * @param name unique across the control plane, as in the AWS account; letters, digits and single
 * hyphens (no underscores), at most 48; cannot change
 * @param description free text
 * @param roleArn execution role that AgentCore assumes (see GET .../permissions for its policies); required
 * unless {@code executionRole.managed} is true
 * @param authorizer CUSTOM_JWT or AUTHENTICATE_ONLY with an IDP profile of your team, AWS_IAM, or NONE; the type
 * cannot change
 * @param protocol MCP settings
 * @param kmsKeyArn customer managed KMS key
 * @param exceptionLevel DEBUG for detailed errors to callers
 * @param tags AWS tags, at most 50; changed in place after creation
 * @param interceptors at most 2 Lambda interceptors, each interception point used once; [] for none; left out, the
 * gateway keeps interceptors attached outside the control plane until a spec declares them
 * @param policyEngine the Cedar policy engine and its mode; left out, the gateway keeps one attached outside the
 * control plane until a spec declares one (after that, leaving it out detaches it)
 * @param executionRole {@code {"managed": true}} instead of {@code roleArn}: the control plane creates and keeps the role
 * @param resourcePolicy who may invoke the gateway besides its own account (AWS_IAM gateways): an IAM policy document
 * (a JSON object, or a string holding one), at most 20,480 characters, whose statements' Resource is this gateway's ARN
 * (before AWS made it: arn:aws:bedrock-agentcore:&lt;region&gt;:&lt;account&gt;:gateway/&lt;lowercased name&gt;-*) or "*";
 * sent with PutResourcePolicy once the gateway exists. Left out, a policy set outside the control plane is kept until a
 * spec declares one; after that, leaving it out deletes it
 * @param oauthReturnUrls where a user may return after consenting to an authorization-code (3LO) target's OAuth
 * provider: https URLs (or http://localhost while developing), set on the gateway's workload identity; left out, the
 * workload identity keeps what it has and targets' return URLs are not checked
 * @param placement the AWS account and region the gateway lives in (see {@link PlacementRequest}); immutable
 */
@Schema(example = """
		{"name": "payments-tools", "description": "Tools for the payments agents",
		 "roleArn": "arn:aws:iam::123456789012:role/AgentCoreGatewayPayments",
		 "authorizer": {"type": "CUSTOM_JWT", "idpProfileId": "0190f5a2-7c4e-7d2a-9b1e-3f2a1c0d4e5f"},
		 "protocol": {"supportedVersions": ["2025-03-26"], "instructions": "Use for payment lookups.", "searchType": "SEMANTIC"},
		 "interceptors": [{"lambdaArn": "arn:aws:lambda:us-east-1:123456789012:function:redact", "points": ["REQUEST", "RESPONSE"], "passRequestHeaders": true}],
		 "policyEngine": {"arn": "arn:aws:bedrock-agentcore:us-east-1:123456789012:policy-engine/payments-a1b2c3d4e5", "mode": "LOG_ONLY"},
		 "tags": {"cost-center": "payments"}}""")
public record GatewayRequest(
		@NotBlank @ModelMember(value = "CreateGatewayRequest.name", hint = "letters and digits with single hyphens between them (no underscores)") String name,
		@ModelMember("CreateGatewayRequest.description") String description,
		@ModelMember(pattern = false, value = "CreateGatewayRequest.roleArn") @Pattern(regexp = ROLE_ARN, message = "must be an IAM role ARN, arn:aws:iam::<12-digit account>:role/<path/><name>, with a path and name of letters, digits and +=,.@_-") String roleArn,
		@NotNull @Valid Authorizer authorizer, @Valid Protocol protocol,
		@ModelMember(value = "CreateGatewayRequest.kmsKeyArn", hint = "a KMS key ARN, arn:aws:kms:<region>:<account>:key/<key id>") String kmsKeyArn,
		ExceptionLevel exceptionLevel,
		@ModelMember("CreateGatewayRequest.tags") Map<@NotNull @ModelMember(value = "TagsMap.key", hint = GatewayMembers.TAG_HINT) String,
				@NotNull @ModelMember(value = "TagsMap.value", hint = GatewayMembers.TAG_HINT) String> tags,
		@Size(max = 2) List<@NotNull @Valid Interceptor> interceptors, @Valid PolicyEngine policyEngine,
		ExecutionRole executionRole,
		@Schema(implementation = Map.class, example = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"arn:aws:iam::222233334444:role/partner-agents\"}, \"Action\": \"bedrock-agentcore:InvokeGateway\", \"Resource\": \"*\"}]}") JsonNode resourcePolicy,
		@Schema(example = "[\"https://app.example.com/oauth/done\"]") List<@NotNull @ModelMember(value = "ResourceOauth2ReturnUrlListType.member", hint = "an https URL") String> oauthReturnUrls,
		@Valid PlacementRequest placement) {

	/** A request that leaves the workload identity's return URLs alone. */
	public GatewayRequest(String name, String description, String roleArn, Authorizer authorizer, Protocol protocol,
			String kmsKeyArn, ExceptionLevel exceptionLevel, Map<String, String> tags, List<Interceptor> interceptors,
			PolicyEngine policyEngine, ExecutionRole executionRole) {
		this(name, description, roleArn, authorizer, protocol, kmsKeyArn, exceptionLevel, tags, interceptors, policyEngine,
				executionRole, null, null, null);
	}

	/**
	 * Where the gateway lives; left out on a POST, the team's single account (its first region), else the control
	 * plane's own account and region; left out on a PUT, where it is. It cannot change.
	 *
	 * @param accountId an account an admin declared (GET /api/v1/me lists the ones your team may use)
	 * @param region one of that account's regions
	 */
	public record PlacementRequest(
			@NotBlank @Pattern(regexp = dev.agentcore.controlplane.account.Placement.ACCOUNT_ID, message = "must be a 12-digit AWS account id") String accountId,
			@NotBlank @Pattern(regexp = dev.agentcore.controlplane.account.Placement.REGION, message = "must be an AWS region such as us-east-1") String region) {

		dev.agentcore.controlplane.account.Placement placement() {
			return new dev.agentcore.controlplane.account.Placement(accountId, region);
		}

	}

	/** The placement asked for; null when left out. */
	dev.agentcore.controlplane.account.Placement requestedPlacement() {
		return placement == null ? null : placement.placement();
	}

	/** IAM's own rules: a path of {@code /}-separated segments and a name of at most 64 characters, both of {@code [\w+=,.@-]}. */
	static final String ROLE_ARN = "arn:aws(-[a-z]+)*:iam::[0-9]{12}:role/([\\w+=,.@-]+/)*[\\w+=,.@-]{1,64}";

	/** The spec this request declares. */
	public GatewaySpec spec() {
		return new GatewaySpec(description, roleArn, authorizer, protocol, kmsKeyArn, exceptionLevel, tags, interceptors,
				policyEngine, null, executionRole, ResourcePolicyRules.document(resourcePolicy), oauthReturnUrls);
	}

	/** A gateway names its own role or asks for a managed one: exactly one of the two. */
	void roleRules(Violations.Collector violations) {
		boolean managed = executionRole != null && executionRole.managed();
		if (roleArn == null && !managed) {
			violations.add("roleArn", "is required unless executionRole.managed is true (then the control plane creates "
					+ "and keeps the role)");
		}
		if (roleArn != null && managed) {
			violations.add("executionRole", "must be absent when roleArn is given: name your own role, or let the "
					+ "control plane manage one");
		}
	}

}
