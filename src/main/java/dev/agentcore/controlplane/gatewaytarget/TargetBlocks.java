package dev.agentcore.controlplane.gatewaytarget;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.agentcore.controlplane.servicemodel.ModelMember;
import dev.agentcore.controlplane.web.UrlRedaction;

/** The configuration blocks of the target types, as declared in requests and kept in the spec. */
public final class TargetBlocks {

	private TargetBlocks() {
	}

	/**
	 * An API schema, in S3 or inline (exactly one).
	 *
	 * @param s3 the schema object in S3 (up to 10 MB)
	 * @param inline the schema text (up to 1 MB)
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record SchemaSource(@Valid S3Location s3, String inline) {
	}

	/**
	 * @param uri s3://bucket/key; no {@code *} or {@code ?} in the key: the execution role is granted exactly this
	 * object, and IAM reads both as wildcards in a resource ARN (it has no escape for them)
	 * @param bucketOwnerAccountId the account owning the bucket, when it is another account
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record S3Location(
			@NotBlank @ModelMember(pattern = false, value = "S3Configuration.uri") @Size(max = 2048) @Pattern(regexp = "s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/[^*?]+", message = "must be s3://<bucket>/<key> with no * or ? in the key (IAM would read them as wildcards and grant more than the object); rename the object") String uri,
			@ModelMember(value = "S3Configuration.bucketOwnerAccountId", hint = "a 12-digit AWS account id") String bucketOwnerAccountId) {
	}

	/**
	 * @param functionArn arn:aws:lambda:region:account:function:name
	 * @param toolSchema the tools the function implements
	 */
	@Schema(example = "{\"functionArn\": \"arn:aws:lambda:us-east-1:123456789012:function:weather\", \"toolSchema\": {\"inline\": [{\"name\": \"get_weather\", \"description\": \"Current weather for a city\", \"inputSchema\": {\"type\": \"object\", \"properties\": {\"city\": {\"type\": \"string\"}}, \"required\": [\"city\"]}}]}}")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Lambda(
			@NotBlank @ModelMember(value = "McpLambdaTargetConfiguration.lambdaArn", hint = "arn:aws:lambda:<region>:<account>:function:<name>") String functionArn,
			@NotNull @Valid ToolSchema toolSchema) {
	}

	/** Tool definitions in S3 or inline (exactly one). */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ToolSchema(@Valid S3Location s3, @Size(max = 1000) List<@NotNull @Valid ToolDefinition> inline) {
	}

	/**
	 * @param name unique in the target, at most 256 characters
	 * @param description what the tool does, for agents
	 * @param inputSchema JSON Schema of the input (an object schema)
	 * @param outputSchema JSON Schema of the output
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ToolDefinition(@NotBlank @Size(max = 256) String name, @NotBlank String description,
			@NotNull Map<String, Object> inputSchema, Map<String, Object> outputSchema) {
	}

	/**
	 * @param endpoint the MCP server's https URL
	 * @param toolSchema a static tool list (s3 or inline, as for Lambda); the server is then not synchronized. AgentCore
	 * takes it only with OAUTH credentials and the AUTHORIZATION_CODE grant
	 * @param listingMode DEFAULT (tools cached by AgentCore) or DYNAMIC (listed from the server on every tools/list)
	 * @param resourcePriority 0 to 1000, lower first, for servers that share resource URIs (AgentCore's default: 1000)
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record McpServer(@NotBlank @ModelMember(value = "McpServerTargetConfiguration.endpoint", hint = "an https URL") @Size(max = 2048) String endpoint, @Valid ToolSchema toolSchema,
			ListingMode listingMode, @ModelMember("McpServerTargetConfiguration.resourcePriority") Integer resourcePriority) {

		public McpServer(String endpoint) {
			this(endpoint, null, null, null);
		}

		/** As a read shows it: credentials inside the endpoint URL (user info, {@code ?api-key=}, ...) masked. */
		McpServer redacted() {
			return new McpServer(UrlRedaction.redact(endpoint), toolSchema, listingMode, resourcePriority);
		}

		/**
		 * This server as declared in a replacement of {@code current}: an endpoint sent back as a read showed it
		 * (masked) keeps the one stored, so a GET-edit-PUT never writes the mask in place of the secret.
		 */
		McpServer keepingMaskedEndpointOf(McpServer current) {
			return current != null && UrlRedaction.isRedactedFormOf(endpoint, current.endpoint())
					? new McpServer(current.endpoint(), toolSchema, listingMode, resourcePriority) : this;
		}

	}

	public enum ListingMode {

		DEFAULT, DYNAMIC

	}

	/**
	 * An agent or MCP server on AgentCore Runtime behind the gateway (AgentCore's
	 * {@code targetConfiguration.http.agentcoreRuntime}).
	 *
	 * @param runtimeArn arn:aws:bedrock-agentcore:region:account:runtime/name-id
	 * @param qualifier the endpoint (name or version), DEFAULT when absent
	 */
	@Schema(example = "{\"runtimeArn\": \"arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/orders_agent-a1b2c3d4e5\", \"qualifier\": \"DEFAULT\"}")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record AgentcoreRuntime(
			@NotBlank @ModelMember(value = "RuntimeTargetConfiguration.arn", hint = "arn:aws:bedrock-agentcore:<region>:<account>:runtime/<name>-<10 characters>") String runtimeArn,
			@ModelMember(value = "RuntimeTargetConfiguration.qualifier", hint = "an endpoint name (e.g. DEFAULT) or a version number") String qualifier) {
	}

	/**
	 * What the gateway passes between caller and target (AgentCore's {@code metadataConfiguration}).
	 *
	 * @param allowedRequestHeaders request headers forwarded to the target, 1 to 10, each at most 100 characters
	 * @param allowedQueryParameters query parameters forwarded to the target, 1 to 10, each at most 40 characters
	 * @param allowedResponseHeaders response headers returned to the caller, 1 to 10, each at most 100 characters
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Metadata(@ModelMember("MetadataConfiguration.allowedRequestHeaders") List<@NotNull @ModelMember("AllowedRequestHeaders.member") String> allowedRequestHeaders,
			@ModelMember("MetadataConfiguration.allowedQueryParameters") List<@NotNull @ModelMember("AllowedQueryParameters.member") String> allowedQueryParameters,
			@ModelMember("MetadataConfiguration.allowedResponseHeaders") List<@NotNull @ModelMember("AllowedResponseHeaders.member") String> allowedResponseHeaders) {
	}

	/**
	 * @param restApiId the REST API's id
	 * @param stage the deployed stage
	 * @param toolFilters which paths and methods become tools
	 * @param toolOverrides names and descriptions for specific operations
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ApiGateway(@NotBlank @Size(max = 64) String restApiId, @NotBlank @Size(max = 128) String stage,
			@NotNull @Size(max = 100) List<@NotNull @Valid ToolFilter> toolFilters,
			@Size(max = 100) List<@NotNull @Valid ToolOverride> toolOverrides) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ToolFilter(@NotBlank @Size(max = 512) String path,
			@NotNull @Size(min = 1, max = 7) List<@NotNull @Pattern(regexp = "GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS", message = "must be an HTTP method in capitals") String> methods) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ToolOverride(@NotBlank @Size(max = 256) String name, @Size(max = 2048) String description,
			@NotBlank @Size(max = 512) String path,
			@NotBlank @Pattern(regexp = "GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS", message = "must be an HTTP method in capitals") String method) {
	}

}
