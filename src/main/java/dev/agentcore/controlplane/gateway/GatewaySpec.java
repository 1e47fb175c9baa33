package dev.agentcore.controlplane.gateway;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;

import dev.agentcore.controlplane.gateway.GatewayMembers.Interceptor;
import dev.agentcore.controlplane.gateway.GatewayMembers.PolicyEngine;
import dev.agentcore.controlplane.servicemodel.ModelMember;

/**
 * What a team declares for a gateway besides its name; stored as the aggregate's {@code spec}.
 *
 * @param description free text
 * @param roleArn the execution role AgentCore assumes to reach the targets
 * @param authorizer who may call the gateway
 * @param protocol MCP settings
 * @param kmsKeyArn customer managed key for the gateway's data
 * @param exceptionLevel DEBUG returns detailed errors to callers; null returns generic ones
 * @param tags AWS tags
 * @param interceptors Lambda interceptors; null leaves them to whoever else manages the gateway
 * @param policyEngine the Cedar policy engine; null leaves it to whoever else manages the gateway
 * @param ownedMembers the optional members ({@link GatewayMembers#OPTIONAL}) the control plane owns
 * because a spec of this gateway declared them; kept by the aggregate, never taken from a request
 * @param executionRole a role the control plane manages instead of {@code roleArn}; null when the team names its own
 * @param resourcePolicy the gateway's resource-based policy (an IAM policy document); null leaves it to whoever else
 * manages the gateway until a spec declares one, and removes it after that
 * @param oauthReturnUrls where AgentCore may send a user back after an OAuth consent (the gateway's workload identity's
 * allowedResourceOauth2ReturnUrls); null leaves the list to whoever else manages the workload identity
 */
public record GatewaySpec(String description, String roleArn, Authorizer authorizer, Protocol protocol,
		String kmsKeyArn, ExceptionLevel exceptionLevel, Map<String, String> tags, List<Interceptor> interceptors,
		PolicyEngine policyEngine, Set<String> ownedMembers, ExecutionRole executionRole, JsonNode resourcePolicy,
		@JsonInclude(JsonInclude.Include.NON_NULL) List<String> oauthReturnUrls) {

	public GatewaySpec {
		oauthReturnUrls = oauthReturnUrls == null ? null : List.copyOf(oauthReturnUrls);
		executionRole = executionRole != null && executionRole.managed() ? executionRole : null;
		tags = tags == null ? Map.of() : Map.copyOf(tags);
		interceptors = interceptors == null ? null : List.copyOf(interceptors);
		resourcePolicy = resourcePolicy == null || resourcePolicy.isNull() || resourcePolicy.isMissingNode() ? null
				: resourcePolicy.deepCopy();
		TreeSet<String> owned = new TreeSet<>(ownedMembers == null ? Set.of() : ownedMembers);
		owned.addAll(GatewayMembers.declared(authorizer, protocol, interceptors, policyEngine));
		if (resourcePolicy != null) {
			owned.add(GatewayMembers.RESOURCE_POLICY);
		}
		ownedMembers = java.util.Collections.unmodifiableSortedSet(owned);
	}

	/** A spec without a resource policy that leaves the workload identity's return URLs alone. */
	public GatewaySpec(String description, String roleArn, Authorizer authorizer, Protocol protocol, String kmsKeyArn,
			ExceptionLevel exceptionLevel, Map<String, String> tags, List<Interceptor> interceptors,
			PolicyEngine policyEngine, Set<String> ownedMembers, ExecutionRole executionRole) {
		this(description, roleArn, authorizer, protocol, kmsKeyArn, exceptionLevel, tags, interceptors, policyEngine,
				ownedMembers, executionRole, null, null);
	}

	/** Whether a user may be sent back to {@code url} after an OAuth consent: true when the spec leaves the list alone. */
	public boolean allowsReturnUrl(String url) {
		return oauthReturnUrls == null || oauthReturnUrls.contains(url);
	}

	/** A spec that names its own execution role. */
	public GatewaySpec(String description, String roleArn, Authorizer authorizer, Protocol protocol, String kmsKeyArn,
			ExceptionLevel exceptionLevel, Map<String, String> tags, List<Interceptor> interceptors,
			PolicyEngine policyEngine, Set<String> ownedMembers) {
		this(description, roleArn, authorizer, protocol, kmsKeyArn, exceptionLevel, tags, interceptors, policyEngine,
				ownedMembers, null);
	}

	/** A spec that names its own execution role and no interceptors or policy engine. */
	public GatewaySpec(String description, String roleArn, Authorizer authorizer, Protocol protocol, String kmsKeyArn,
			ExceptionLevel exceptionLevel, Map<String, String> tags) {
		this(description, roleArn, authorizer, protocol, kmsKeyArn, exceptionLevel, tags, null, null, null, null);
	}

	/** Whether the control plane creates the execution role and keeps it in step with the targets. */
	public boolean managedRole() {
		return executionRole != null;
	}

	/** This spec with its JWT authorizer naming the IDP profile {@code profileId} (an import adds the profile it made). */
	public GatewaySpec withIdpProfile(UUID profileId) {
		return new GatewaySpec(description, roleArn, new Authorizer(authorizer.type(), profileId,
				authorizer.advertisedScopeMapping()), protocol, kmsKeyArn, exceptionLevel, tags, interceptors, policyEngine,
				ownedMembers, executionRole, resourcePolicy, oauthReturnUrls);
	}

	/** This spec with the role AgentCore assumes filled in: a managed role's ARN once it exists. */
	public GatewaySpec withRoleArn(String arn) {
		return new GatewaySpec(description, arn, authorizer, protocol, kmsKeyArn, exceptionLevel, tags, interceptors,
				policyEngine, ownedMembers, executionRole, resourcePolicy, oauthReturnUrls);
	}

	/** This spec, also owning what {@code earlier} owned: ownership is never given up by leaving a member out. */
	GatewaySpec owning(Set<String> earlier) {
		if (ownedMembers.containsAll(earlier)) {
			return this;
		}
		TreeSet<String> owned = new TreeSet<>(earlier);
		owned.addAll(ownedMembers);
		return new GatewaySpec(description, roleArn, authorizer, protocol, kmsKeyArn, exceptionLevel, tags, interceptors,
				policyEngine, owned, executionRole, resourcePolicy, oauthReturnUrls);
	}

	/** Whether the control plane owns the optional member {@code name} (see {@link GatewayMembers#OPTIONAL}). */
	public boolean owns(String name) {
		return ownedMembers.contains(name);
	}

	/**
	 * How callers of the gateway are authenticated; the type cannot change once the gateway exists.
	 *
	 * @param type CUSTOM_JWT (validate and authorize the JWT), AUTHENTICATE_ONLY (validate the JWT and keep it for
	 * JWT_PASSTHROUGH targets), AWS_IAM (SigV4) or NONE
	 * @param idpProfileId CUSTOM_JWT and AUTHENTICATE_ONLY: the IDP profile with the JWT settings
	 * @param advertisedScopeMapping CUSTOM_JWT and AUTHENTICATE_ONLY: scope of the profile's allowedScopes -> the scope
	 * the gateway advertises for it (WWW-Authenticate, protected resource metadata), at most 50
	 */
	@Schema(example = "{\"type\": \"CUSTOM_JWT\", \"idpProfileId\": \"0190f5a2-7c4e-7d2a-9b1e-3f2a1c0d4e5f\"}")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Authorizer(@NotNull AuthorizerType type, UUID idpProfileId,
			@ModelMember("CustomJWTAuthorizerConfiguration.advertisedScopeMapping") Map<@NotNull @ModelMember(value = "AdvertisedScopeMappingType.key", hint = GatewayMembers.SCOPE_HINT) String,
					@NotNull @ModelMember(value = "AdvertisedScopeMappingType.value", hint = GatewayMembers.SCOPE_HINT) String> advertisedScopeMapping) {

		public Authorizer(AuthorizerType type, UUID idpProfileId) {
			this(type, idpProfileId, null);
		}

	}

	public enum AuthorizerType {

		CUSTOM_JWT, AUTHENTICATE_ONLY, AWS_IAM, NONE;

		/** Whether the gateway validates JWTs with an IDP profile's settings. */
		public boolean validatesJwt() {
			return this == CUSTOM_JWT || this == AUTHENTICATE_ONLY;
		}

	}

	/**
	 * @param supportedVersions MCP protocol versions, e.g. 2025-03-26
	 * @param instructions guidance for agents using the gateway
	 * @param searchType SEMANTIC enables tool search
	 * @param sessionTimeoutSeconds how long an MCP session lives, 900 to 28800; null leaves it to AWS
	 * @param responseStreaming whether responses stream; null leaves it to AWS (off)
	 * @param listToolsPagination whether tools/list answers in pages; null leaves it to AWS (paginated)
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Protocol(@Size(max = 10) List<@NotNull @Size(min = 1, max = 32) String> supportedVersions,
			@ModelMember("MCPGatewayConfiguration.instructions") String instructions, SearchType searchType,
			@ModelMember("SessionConfiguration.sessionTimeoutInSeconds") Integer sessionTimeoutSeconds, Boolean responseStreaming,
			Boolean listToolsPagination) {

		public Protocol(List<String> supportedVersions, String instructions, SearchType searchType) {
			this(supportedVersions, instructions, searchType, null, null, null);
		}

	}

	/**
	 * @param managed the control plane creates the role with the least-privilege trust and permissions
	 * of GET .../permissions, keeps its policy in step as targets change, and deletes it after the gateway
	 */
	@Schema(name = "ManagedExecutionRole", example = "{\"managed\": true}")
	public record ExecutionRole(boolean managed) {
	}

	public enum SearchType {

		SEMANTIC

	}

	public enum ExceptionLevel {

		DEBUG

	}

}
