package dev.agentcore.controlplane.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.agentcore.controlplane.servicemodel.ConstraintCase;

/**
 * Where a model member is in our API's requests ({@link #of}), or why it is not ({@link #reason}):
 * the mapping behind {@link ApiModelConstraintTableIntegrationTests}. A list's item, a map's value
 * and a map's key follow their container when they have no entry of their own.
 */
final class ApiMembers {

	static final String PROVIDER = "arn:aws:bedrock-agentcore:us-east-1:123456789012:token-vault/default/oauth2credentialprovider/p";

	static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:redact";

	/**
	 * A field of our API: the base body it is set in, its JSON pointer there, and, for a list whose
	 * items differ from the wire's, one valid item of ours.
	 */
	record Field(String base, String pointer, String item) {

		/** How our problem details name it: {@code interceptors[0].lambdaArn}, {@code tags[k]}. */
		String name() {
			StringBuilder name = new StringBuilder();
			for (String segment : pointer.substring(1).split("/")) {
				if (segment.matches("[0-9]+") || segment.equals("k")) {
					name.append('[').append(segment).append(']');
				}
				else {
					name.append(name.isEmpty() ? "" : ".").append(segment);
				}
			}
			return name.toString();
		}

	}

	/** Members by family (Gateway, GatewayTarget, PolicyEngine, Policy) and model path. */
	private static final Map<String, Field> FIELDS = new LinkedHashMap<>();

	/** Members (or "member kind") our API does not express, by family and path prefix, with the reason. */
	private static final Map<String, String> NOT_EXPRESSED = new LinkedHashMap<>();

	static {
		gateway("name", "/name");
		gateway("description", "/description");
		gateway("roleArn", "/roleArn");
		gateway("kmsKeyArn", "/kmsKeyArn");
		gateway("tags", "/tags");
		gateway("exceptionLevel", "/exceptionLevel");
		gateway("authorizerType", "/authorizer/type");
		gateway("protocolConfiguration.mcp.instructions", "/protocol/instructions");
		gateway("protocolConfiguration.mcp.searchType", "/protocol/searchType");
		gateway("protocolConfiguration.mcp.sessionConfiguration.sessionTimeoutInSeconds", "/protocol/sessionTimeoutSeconds");
		gateway("authorizerConfiguration.customJWTAuthorizer.advertisedScopeMapping", "/authorizer/advertisedScopeMapping");
		FIELDS.put("Gateway interceptorConfigurations", new Field("GATEWAY", "/interceptors",
				"{\"lambdaArn\": \"" + LAMBDA + "\", \"points\": [\"RESPONSE\"]}"));
		gateway("interceptorConfigurations.[].interceptor.lambda.arn", "/interceptors/0/lambdaArn");
		gateway("interceptorConfigurations.[].interceptionPoints", "/interceptors/0/points");
		gateway("policyEngineConfiguration.arn", "/policyEngine/arn");
		gateway("policyEngineConfiguration.mode", "/policyEngine/mode");
		notExpressed("Gateway gatewayIdentifier", "our API takes our gateway's id; AWS's comes from AWS");
		notExpressed("Gateway clientToken", "the provisioner makes it (stable per row and generation), never the caller");
		notExpressed("Gateway protocolType", "our gateways are MCP only; the provisioner sends MCP");
		for (String fromProfile : List.of("discoveryUrl", "allowedAudience", "allowedClients", "allowedScopes", "customClaims")) {
			notExpressed("Gateway authorizerConfiguration.customJWTAuthorizer." + fromProfile,
					"comes from the gateway's IDP profile (/api/v1/idp-profiles), whose requests check it "
							+ "(MemberConstraintsIntegrationTests' profile rows)");
		}
		for (String kept : List.of("authorizerConfiguration.customJWTAuthorizer.privateEndpoint",
				"authorizerConfiguration.customJWTAuthorizer.privateEndpointOverrides",
				"authorizerConfiguration.customJWTAuthorizer.allowedWorkloadConfiguration", "customTransformConfiguration",
				"wafConfiguration")) {
			notExpressed("Gateway " + kept, "not declared through our API: read from AWS and written back as it is");
		}
		notExpressed("Gateway interceptorConfigurations length min", "[] means 'no interceptors' in our API and is sent as no member");
		notExpressed("Gateway interceptorConfigurations.[].interceptor required", "our interceptor is a Lambda function by construction");
		notExpressed("Gateway interceptorConfigurations.[].inputConfiguration",
				"passRequestHeaders and excludeResponseBody are booleans our API turns into this structure; no value breaks it");
		notExpressed("Gateway policyEngineConfiguration.arn required", "our API names the engine by arn or by policyEngineId");

		target("name", "LAMBDA", "/name");
		target("description", "LAMBDA", "/description");
		target("targetConfiguration.mcp.openApiSchema.s3.uri", "OPENAPI_KEY", "/openApi/s3/uri");
		target("targetConfiguration.mcp.openApiSchema.s3.bucketOwnerAccountId", "OPENAPI_KEY", "/openApi/s3/bucketOwnerAccountId");
		target("targetConfiguration.mcp.smithyModel.s3.uri", "SMITHY", "/smithy/s3/uri");
		target("targetConfiguration.mcp.smithyModel.s3.bucketOwnerAccountId", "SMITHY", "/smithy/s3/bucketOwnerAccountId");
		target("targetConfiguration.mcp.lambda.lambdaArn", "LAMBDA", "/lambda/functionArn");
		target("targetConfiguration.mcp.lambda.toolSchema", "LAMBDA", "/lambda/toolSchema");
		target("targetConfiguration.mcp.lambda.toolSchema.s3.uri", "LAMBDA_S3", "/lambda/toolSchema/s3/uri");
		target("targetConfiguration.mcp.lambda.toolSchema.s3.bucketOwnerAccountId", "LAMBDA_S3", "/lambda/toolSchema/s3/bucketOwnerAccountId");
		String tool = "targetConfiguration.mcp.lambda.toolSchema.inlinePayload.[].";
		target(tool + "name", "LAMBDA", "/lambda/toolSchema/inline/0/name");
		target(tool + "description", "LAMBDA", "/lambda/toolSchema/inline/0/description");
		target(tool + "inputSchema", "LAMBDA", "/lambda/toolSchema/inline/0/inputSchema");
		target(tool + "inputSchema.type", "LAMBDA", "/lambda/toolSchema/inline/0/inputSchema/type");
		target(tool + "inputSchema.properties.{}.type", "LAMBDA", "/lambda/toolSchema/inline/0/inputSchema/properties/city/type");
		target(tool + "outputSchema.type", "LAMBDA", "/lambda/toolSchema/inline/0/outputSchema/type");
		target(tool + "outputSchema.properties.{}.type", "LAMBDA", "/lambda/toolSchema/inline/0/outputSchema/properties/temp/type");
		target("targetConfiguration.mcp.mcpServer.endpoint", "MCP_OAUTH", "/mcpServer/endpoint");
		target("targetConfiguration.mcp.mcpServer.mcpToolSchema.s3.uri", "MCP_S3", "/mcpServer/toolSchema/s3/uri");
		target("targetConfiguration.mcp.mcpServer.mcpToolSchema.s3.bucketOwnerAccountId", "MCP_S3",
				"/mcpServer/toolSchema/s3/bucketOwnerAccountId");
		target("targetConfiguration.mcp.mcpServer.listingMode", "MCP_OAUTH", "/mcpServer/listingMode");
		target("targetConfiguration.mcp.mcpServer.resourcePriority", "MCP_OAUTH", "/mcpServer/resourcePriority");
		target("targetConfiguration.mcp.apiGateway.restApiId", "API_GATEWAY", "/apiGateway/restApiId");
		target("targetConfiguration.mcp.apiGateway.stage", "API_GATEWAY", "/apiGateway/stage");
		String tools = "targetConfiguration.mcp.apiGateway.apiGatewayToolConfiguration.";
		target(tools + "toolFilters", "API_GATEWAY", "/apiGateway/toolFilters");
		target(tools + "toolFilters.[].filterPath", "API_GATEWAY", "/apiGateway/toolFilters/0/path");
		target(tools + "toolFilters.[].methods", "API_GATEWAY", "/apiGateway/toolFilters/0/methods");
		target(tools + "toolOverrides.[].name", "API_GATEWAY", "/apiGateway/toolOverrides/0/name");
		target(tools + "toolOverrides.[].path", "API_GATEWAY", "/apiGateway/toolOverrides/0/path");
		target(tools + "toolOverrides.[].method", "API_GATEWAY", "/apiGateway/toolOverrides/0/method");
		target("targetConfiguration.http.agentcoreRuntime.arn", "RUNTIME", "/agentcoreRuntime/runtimeArn");
		target("targetConfiguration.http.agentcoreRuntime.qualifier", "RUNTIME", "/agentcoreRuntime/qualifier");
		String credentials = "credentialProviderConfigurations.[].";
		target(credentials + "credentialProviderType", "MCP_OAUTH", "/credentials/type");
		String oauth = credentials + "credentialProvider.oauthCredentialProvider.";
		target(oauth + "providerArn", "MCP_OAUTH", "/credentials/providerArn");
		target(oauth + "scopes", "MCP_OAUTH", "/credentials/scopes");
		target(oauth + "customParameters", "MCP_OAUTH", "/credentials/customParameters");
		target(oauth + "grantType", "MCP_OAUTH", "/credentials/grantType");
		target(oauth + "defaultReturnUrl", "MCP_OAUTH", "/credentials/defaultReturnUrl");
		String key = credentials + "credentialProvider.apiKeyCredentialProvider.";
		target(key + "providerArn", "OPENAPI_KEY", "/credentials/providerArn");
		target(key + "credentialParameterName", "OPENAPI_KEY", "/credentials/parameterName");
		target(key + "credentialPrefix", "OPENAPI_KEY", "/credentials/prefix");
		target(key + "credentialLocation", "OPENAPI_KEY", "/credentials/location");
		target(credentials + "credentialProvider.iamCredentialProvider.service", "RUNTIME", "/credentials/signing/service");
		target(credentials + "credentialProvider.iamCredentialProvider.region", "RUNTIME", "/credentials/signing/region");
		for (String list : List.of("allowedRequestHeaders", "allowedQueryParameters", "allowedResponseHeaders")) {
			target("metadataConfiguration." + list, "MCP_OAUTH", "/metadata/" + list);
		}
		notExpressed("GatewayTarget gatewayIdentifier", "our API takes our gateway's id; AWS's comes from AWS");
		notExpressed("GatewayTarget targetId", "our API takes our target's id; AWS's comes from AWS");
		notExpressed("GatewayTarget clientToken", "the provisioner makes it (stable per row and generation), never the caller");
		notExpressed("GatewayTarget targetConfiguration required", "our API builds it from type and the type's block (type is @NotNull)");
		for (String kind : List.of("connector", "inference", "passthrough")) {
			notExpressed("GatewayTarget targetConfiguration.mcp." + kind, "our API declares no " + kind + " targets");
			notExpressed("GatewayTarget targetConfiguration.http." + kind, "our API declares no " + kind + " targets");
		}
		notExpressed("GatewayTarget targetConfiguration.inference", "our API declares no inference targets");
		notExpressed("GatewayTarget targetConfiguration.http.agentcoreRuntime.schema", "our API declares no runtime schema");
		notExpressed("GatewayTarget " + tools.substring(0, tools.length() - 1) + " required",
				"our API has toolFilters and toolOverrides directly under apiGateway");
		notExpressed("GatewayTarget credentialProviderConfigurations length", "our API takes one credentials object and sends a list of one");
		notExpressed("GatewayTarget " + credentials + "credentialProviderType required", "credentials left out mean the type's default");
		notExpressed("GatewayTarget privateEndpoint", "not declared through our API: read from AWS and written back (issue #23 item 2)");

		FIELDS.put("PolicyEngine name", new Field("ENGINE", "/name", null));
		FIELDS.put("PolicyEngine description", new Field("ENGINE", "/description", null));
		notExpressed("PolicyEngine clientToken", "the provisioner makes it (stable per row and generation), never the caller");
		FIELDS.put("PolicyEngine encryptionKeyArn", new Field("ENGINE", "/encryptionKeyArn", null));
		FIELDS.put("PolicyEngine tags", new Field("ENGINE", "/tags", null));

		FIELDS.put("Policy name", new Field("POLICY", "/name", null));
		FIELDS.put("Policy description", new Field("POLICY", "/description", null));
		FIELDS.put("Policy description.optionalValue", new Field("POLICY", "/description", null));
		FIELDS.put("Policy definition", new Field("POLICY", "/statement", null));
		FIELDS.put("Policy definition.cedar.statement", new Field("POLICY", "/statement", null));
		FIELDS.put("Policy validationMode", new Field("POLICY", "/validationMode", null));
		notExpressed("Policy policyEngineId", "our API takes our engine's id; AWS's comes from AWS");
		notExpressed("Policy policyId", "our API takes our policy's id; AWS's comes from AWS");
		notExpressed("Policy clientToken", "the provisioner makes it (stable per row and generation), never the caller");
		FIELDS.put("Policy enforcementMode", new Field("POLICY", "/enforcementMode", null));
		notExpressed("Policy definition.policyGeneration", "our API declares Cedar statements only");
		notExpressed("Policy definition.policy", "our API declares Cedar statements only");
	}

	private ApiMembers() {
	}

	private static void gateway(String path, String pointer) {
		FIELDS.put("Gateway " + path, new Field("GATEWAY", pointer, null));
	}

	private static void target(String path, String base, String pointer) {
		FIELDS.put("GatewayTarget " + path, new Field(base, pointer, null));
	}

	private static void notExpressed(String prefix, String reason) {
		NOT_EXPRESSED.put(prefix, reason);
	}

	static String family(String operation) {
		return operation.replaceFirst("^(Create|Update)", "");
	}

	/** Where the row's member is in our API, or null when it is not there. */
	static Field of(ConstraintCase row) {
		String path = family(row.operation()) + " " + row.memberPath();
		Field field = FIELDS.get(path);
		if (field != null) {
			return field;
		}
		for (String suffix : List.of(".[]", ".{}", ".{key}")) {
			if (path.endsWith(suffix)) {
				Field container = FIELDS.get(path.substring(0, path.length() - suffix.length()));
				if (container == null) {
					return null;
				}
				return switch (suffix) {
					case ".[]" -> new Field(container.base(), container.pointer() + "/0", null);
					case ".{}" -> new Field(container.base(), container.pointer() + "/k", null);
					default -> new Field(container.base(), container.pointer(), null);
				};
			}
		}
		return null;
	}

	/** Why our API does not express the row's member (or this constraint of it), or null when it does. */
	static String reason(ConstraintCase row) {
		String path = family(row.operation()) + " " + row.memberPath();
		String withKind = path + " " + row.kind() + (row.bound() == null ? "" : " " + row.bound());
		for (Map.Entry<String, String> entry : NOT_EXPRESSED.entrySet()) {
			String prefix = entry.getKey();
			if (withKind.equals(prefix) || (path + " " + row.kind()).equals(prefix) || path.equals(prefix)
					|| path.startsWith(prefix + ".")) {
				return entry.getValue();
			}
		}
		return null;
	}

	/** Valid bodies of our API that the rows start from (the gateway's JWT settings from {@code profileId}). */
	static Map<String, String> bases(String profileId) {
		String oauth = """
				"credentials": {"type": "OAUTH", "providerArn": "%s", "scopes": ["repo"], "customParameters": {"audience": "a"},
				 "grantType": "TOKEN_EXCHANGE", "defaultReturnUrl": "https://app.example.com/callback"}""".formatted(PROVIDER);
		Map<String, String> bases = new LinkedHashMap<>();
		bases.put("GATEWAY", """
				{"name": "valid", "description": "d", "roleArn": "arn:aws:iam::123456789012:role/gateway",
				 "authorizer": {"type": "CUSTOM_JWT", "idpProfileId": "%s", "advertisedScopeMapping": {"tools:read": "read"}},
				 "protocol": {"instructions": "i", "searchType": "SEMANTIC", "sessionTimeoutSeconds": 900},
				 "kmsKeyArn": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab", "exceptionLevel": "DEBUG",
				 "tags": {"team": "payments"},
				 "interceptors": [{"lambdaArn": "%s", "points": ["REQUEST"], "passRequestHeaders": true}],
				 "policyEngine": {"arn": "arn:aws:bedrock-agentcore:us-east-1:123456789012:policy-engine/payments-a1b2c3d4e5", "mode": "LOG_ONLY"}}"""
			.formatted(profileId, LAMBDA));
		bases.put("LAMBDA", """
				{"name": "valid", "description": "d", "type": "LAMBDA", "lambda": {"functionArn": "%s",
				 "toolSchema": {"inline": [{"name": "t", "description": "d",
				   "inputSchema": {"type": "object", "properties": {"city": {"type": "string"}}},
				   "outputSchema": {"type": "object", "properties": {"temp": {"type": "number"}}}}]}}}""".formatted(LAMBDA));
		bases.put("LAMBDA_S3", """
				{"name": "valid", "type": "LAMBDA", "lambda": {"functionArn": "%s",
				 "toolSchema": {"s3": {"uri": "s3://tools-bucket/tools.json", "bucketOwnerAccountId": "123456789012"}}}}""".formatted(LAMBDA));
		bases.put("OPENAPI_KEY", """
				{"name": "valid", "type": "OPENAPI", "openApi": {"s3": {"uri": "s3://schemas/a.yaml", "bucketOwnerAccountId": "123456789012"}},
				 "credentials": {"type": "API_KEY", "providerArn": "%s", "parameterName": "x-api-key", "prefix": "Bearer", "location": "HEADER"}}"""
			.formatted(PROVIDER));
		bases.put("SMITHY", """
				{"name": "valid", "type": "SMITHY", "smithy": {"s3": {"uri": "s3://models/m.json", "bucketOwnerAccountId": "123456789012"}},
				 "credentials": {"type": "GATEWAY_IAM_ROLE"}}""");
		bases.put("MCP_OAUTH", """
				{"name": "valid", "type": "MCP_SERVER", "mcpServer": {"endpoint": "https://mcp.example.com/mcp", "listingMode": "DEFAULT",
				 "resourcePriority": 5}, %s,
				 "metadata": {"allowedRequestHeaders": ["x-id"], "allowedQueryParameters": ["q"], "allowedResponseHeaders": ["x-r"]}}"""
			.formatted(oauth));
		bases.put("MCP_S3", """
				{"name": "valid", "type": "MCP_SERVER", "mcpServer": {"endpoint": "https://mcp.example.com/mcp",
				 "toolSchema": {"s3": {"uri": "s3://tools-bucket/tools.json", "bucketOwnerAccountId": "123456789012"}}},
				 "credentials": {"type": "OAUTH", "providerArn": "%s", "scopes": ["repo"], "grantType": "AUTHORIZATION_CODE",
				  "defaultReturnUrl": "https://app.example.com/callback"}}""".formatted(PROVIDER));
		bases.put("API_GATEWAY", """
				{"name": "valid", "type": "API_GATEWAY", "apiGateway": {"restApiId": "a1b2c3", "stage": "prod",
				 "toolFilters": [{"path": "/a", "methods": ["GET"]}],
				 "toolOverrides": [{"name": "a", "path": "/a", "method": "GET"}]}}""");
		bases.put("RUNTIME", """
				{"name": "valid", "type": "AGENTCORE_RUNTIME",
				 "agentcoreRuntime": {"runtimeArn": "arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/agent-a1b2c3d4e5", "qualifier": "DEFAULT"},
				 "credentials": {"type": "GATEWAY_IAM_ROLE", "signing": {"service": "bedrock-agentcore", "region": "us-east-1"}}}""");
		bases.put("ENGINE", "{\"name\": \"valid\", \"description\": \"d\", \"tags\": {\"team\": \"payments\"}}");
		bases.put("POLICY", "{\"name\": \"valid\", \"description\": \"d\", \"statement\": \"" + ValidBodies.STATEMENT + "\"}");
		return bases;
	}

}
