package dev.agentcore.controlplane.gateway;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

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
 * @param executionRole a role the control plane manages instead of {@code roleArn}; null when the team names its own
 */
public record GatewaySpec(String description, String roleArn, Authorizer authorizer, Protocol protocol,
		String kmsKeyArn, ExceptionLevel exceptionLevel, Map<String, String> tags, ExecutionRole executionRole) {

	public GatewaySpec {
		tags = tags == null ? Map.of() : Map.copyOf(tags);
		executionRole = executionRole != null && executionRole.managed() ? executionRole : null;
	}

	/** A spec that names its own execution role. */
	public GatewaySpec(String description, String roleArn, Authorizer authorizer, Protocol protocol, String kmsKeyArn,
			ExceptionLevel exceptionLevel, Map<String, String> tags) {
		this(description, roleArn, authorizer, protocol, kmsKeyArn, exceptionLevel, tags, null);
	}

	/** Whether the control plane creates the execution role and keeps it in step with the targets. */
	public boolean managedRole() {
		return executionRole != null;
	}

	/** This spec with the role AgentCore assumes filled in: a managed role's ARN once it exists. */
	public GatewaySpec withRoleArn(String arn) {
		return new GatewaySpec(description, arn, authorizer, protocol, kmsKeyArn, exceptionLevel, tags, executionRole);
	}

	/**
	 * @param managed the control plane creates the role with the least-privilege trust and permissions
	 * of GET .../permissions, keeps its policy in step as targets change, and deletes it after the gateway
	 */
	@Schema(example = "{\"managed\": true}")
	public record ExecutionRole(boolean managed) {
	}

	/** How callers of the gateway are authenticated; the type cannot change once the gateway exists. */
	@Schema(example = "{\"type\": \"CUSTOM_JWT\", \"idpProfileId\": \"0190f5a2-7c4e-7d2a-9b1e-3f2a1c0d4e5f\"}")
	public record Authorizer(@NotNull AuthorizerType type, UUID idpProfileId) {
	}

	public enum AuthorizerType {

		CUSTOM_JWT, AWS_IAM, NONE

	}

	/**
	 * @param supportedVersions MCP protocol versions, e.g. 2025-03-26
	 * @param instructions guidance for agents using the gateway
	 * @param searchType SEMANTIC enables tool search
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Protocol(@Size(max = 10) List<@NotNull @Size(min = 1, max = 32) String> supportedVersions,
			@Size(max = 2048) String instructions, SearchType searchType) {
	}

	public enum SearchType {

		SEMANTIC

	}

	public enum ExceptionLevel {

		DEBUG

	}

}
