package dev.agentcore.controlplane.simulator;

import static dev.agentcore.controlplane.simulator.WireShape.UNBOUNDED;
import static dev.agentcore.controlplane.simulator.WireShape.bool;
import static dev.agentcore.controlplane.simulator.WireShape.document;
import static dev.agentcore.controlplane.simulator.WireShape.enumOf;
import static dev.agentcore.controlplane.simulator.WireShape.integer;
import static dev.agentcore.controlplane.simulator.WireShape.list;
import static dev.agentcore.controlplane.simulator.WireShape.map;
import static dev.agentcore.controlplane.simulator.WireShape.string;
import static dev.agentcore.controlplane.simulator.WireShape.struct;
import static dev.agentcore.controlplane.simulator.WireShape.union;

/**
 * The CreateGateway, UpdateGateway and TagResource inputs of {@code bedrock-agentcore-control}
 * as its service model declares them (2026 model: interceptors, policy engines, MCP session and
 * streaming settings, AUTHENTICATE_ONLY, advertised scopes). Members the simulator only stores
 * (private endpoints, workload configuration, WAF, custom transforms) are checked as documents.
 */
final class GatewayShapes {

	static final String NAME = "^([0-9a-zA-Z][-]?){1,48}$";

	static final String ROLE_ARN = "^arn:aws(-[^:]+)?:iam::([0-9]{12})?:role/.+$";

	static final String KMS_KEY_ARN = "^arn:aws(|-cn|-us-gov):kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$";

	static final String CLIENT_TOKEN = "^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,256}$";

	static final String LAMBDA_ARN = "^arn:(aws[a-zA-Z-]*)?:lambda:([a-z]{2}(-gov)?-[a-z]+-\\d{1}):(\\d{12}):function:([a-zA-Z0-9-_.]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?$";

	static final String POLICY_ENGINE_ARN = "^arn:aws:bedrock-agentcore:[a-z0-9-]+:[0-9]{12}:policy-engine\\/[a-zA-Z][a-zA-Z0-9-_]{0,99}-[a-zA-Z0-9_]{10}$";

	static final String TAG = "^[a-zA-Z0-9\\s._:/=+@-]*$";

	static final String TAGGABLE_ARN = "^arn:(?:[^:]+)?:bedrock-agentcore:[a-z0-9-]+:[0-9]{12}:([a-z-]+/[^/]+)(?:/[a-z-]+/[^/]+)*$";

	static final WireShape TAGS = map(string(1, 128, TAG), string(0, 256, TAG), 0, 50);

	static final WireShape TAG_KEYS = list(string(1, 128, TAG), 0, 200);

	static final WireShape SCOPE = string(1, 255, "^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$");

	static final WireShape MATCH_VALUE = string(1, 255, "^[A-Za-z0-9_.-]+$");

	static final WireShape CUSTOM_CLAIM = struct()
		.required("inboundTokenClaimName", string(1, 255, "^[A-Za-z0-9_.-:]+$"))
		.required("inboundTokenClaimValueType", enumOf("STRING", "STRING_ARRAY"))
		.required("authorizingClaimMatchValue", struct()
			.required("claimMatchValue", union().optional("matchValueString", MATCH_VALUE)
				.optional("matchValueStringList", list(MATCH_VALUE, 1, UNBOUNDED)))
			.required("claimMatchOperator", enumOf("EQUALS", "CONTAINS", "CONTAINS_ANY")));

	static final WireShape AUTHORIZER = union().optional("customJWTAuthorizer", struct()
		.required("discoveryUrl", string(0, UNBOUNDED, "^.+/\\.well-known/openid-configuration$"))
		.optional("allowedAudience", list(string(), 1, UNBOUNDED))
		.optional("allowedClients", list(string(), 1, UNBOUNDED))
		.optional("allowedScopes", list(SCOPE, 1, UNBOUNDED))
		.optional("advertisedScopeMapping", map(SCOPE, SCOPE, 1, 50))
		.optional("customClaims", list(CUSTOM_CLAIM, 1, UNBOUNDED))
		.optional("privateEndpoint", document())
		.optional("privateEndpointOverrides", document())
		.optional("allowedWorkloadConfiguration", document()));

	static final WireShape PROTOCOL = union().optional("mcp", struct()
		.optional("supportedVersions", list(string(), 0, UNBOUNDED))
		.optional("instructions", string(1, 2048, null))
		.optional("searchType", enumOf("SEMANTIC"))
		.optional("sessionConfiguration", struct().optional("sessionTimeoutInSeconds", integer(900, 28800)))
		.optional("streamingConfiguration", struct().optional("enableResponseStreaming", bool()))
		.optional("disableMcpListToolsPagination", bool()));

	static final WireShape INTERCEPTORS = list(struct()
		.required("interceptor", union().optional("lambda", struct().required("arn", string(1, 170, LAMBDA_ARN))))
		.required("interceptionPoints", list(enumOf("REQUEST", "RESPONSE"), 1, 2))
		.optional("inputConfiguration", struct().required("passRequestHeaders", bool())
			.optional("payloadFilter", struct()
				.required("exclude", list(union().optional("field", enumOf("RESPONSE_BODY")), 1, 1)))),
			1, 2);

	static final WireShape POLICY_ENGINE = struct().required("arn", string(1, 170, POLICY_ENGINE_ARN))
		.required("mode", enumOf("LOG_ONLY", "ENFORCE"));

	static final WireShape CREATE = common(struct()).optional("clientToken", string(33, 256, CLIENT_TOKEN))
		.optional("tags", TAGS);

	static final WireShape UPDATE = common(struct())
		.optional("customTransformConfiguration",
				struct().optional("lambda", struct().optional("arn", string(1, 170, LAMBDA_ARN))))
		.optional("wafConfiguration", struct().optional("failureMode", enumOf("FAIL_CLOSE", "FAIL_OPEN")));

	static final WireShape TAG_RESOURCE = struct().required("tags", TAGS);

	private GatewayShapes() {
	}

	private static WireShape.Struct common(WireShape.Struct request) {
		return request.required("name", string(0, UNBOUNDED, NAME))
			.optional("description", string(1, 200, null))
			.required("roleArn", string(1, 2048, ROLE_ARN))
			.optional("protocolType", enumOf("MCP"))
			.optional("protocolConfiguration", PROTOCOL)
			.required("authorizerType", enumOf("CUSTOM_JWT", "AWS_IAM", "NONE", "AUTHENTICATE_ONLY"))
			.optional("authorizerConfiguration", AUTHORIZER)
			.optional("kmsKeyArn", string(1, 2048, KMS_KEY_ARN))
			.optional("interceptorConfigurations", INTERCEPTORS)
			.optional("policyEngineConfiguration", POLICY_ENGINE)
			.optional("exceptionLevel", enumOf("DEBUG"));
	}

}
