package dev.agentcore.controlplane.provisioning.aws;

import java.util.Set;

import software.amazon.awssdk.http.SdkHttpMethod;

/**
 * One operation of AgentCore's REST-JSON service model, as {@link AgentCoreCalls} sends it: the HTTP
 * binding the model gives it ({@code @http} method, URI template, success code), its idempotency-token
 * member (filled when the caller leaves it out, as SDKs do) and the input members bound to the query
 * string. Path members are the template's {@code {name}} labels ({@code {name+}} keeps its slashes);
 * every other input member is the JSON body. Values are the model's: a newer SDK that has the
 * operation replaces its constant here by its typed call.
 *
 * @param name the operation's name, also the IAM action after {@code bedrock-agentcore:}
 * @param idempotencyToken the member the model marks {@code @idempotencyToken}; null for none
 */
record AgentCoreOperation(String name, SdkHttpMethod method, String uri, int successCode, String idempotencyToken,
		Set<String> queryMembers) {

	/** {@code GET /gateways/{gatewayIdentifier}/} (model: 200). */
	static final AgentCoreOperation GET_GATEWAY = new AgentCoreOperation("GetGateway", SdkHttpMethod.GET,
			"/gateways/{gatewayIdentifier}/", 200, null, Set.of());

	/** {@code GET /gateways/?maxResults&nextToken} (model: 200). */
	static final AgentCoreOperation LIST_GATEWAYS = new AgentCoreOperation("ListGateways", SdkHttpMethod.GET,
			"/gateways/", 200, null, Set.of("maxResults", "nextToken"));

	/** {@code POST /gateways/} (model: 202), clientToken the idempotency token. */
	static final AgentCoreOperation CREATE_GATEWAY = new AgentCoreOperation("CreateGateway", SdkHttpMethod.POST,
			"/gateways/", 202, "clientToken", Set.of());

	AgentCoreOperation {
		queryMembers = Set.copyOf(queryMembers);
	}

}
