package dev.agentcore.controlplane.provisioning.aws;

import java.util.LinkedHashMap;
import java.util.Map;

import software.amazon.awssdk.http.SdkHttpMethod;

import dev.agentcore.controlplane.servicemodel.Member;
import dev.agentcore.controlplane.servicemodel.Operation;
import dev.agentcore.controlplane.servicemodel.ServiceModel;

/**
 * One operation of AgentCore's REST-JSON service model, as {@link AgentCoreCalls} sends it: the HTTP
 * binding the model gives it ({@code @http} method, URI template, success code), its idempotency-token
 * member (filled when the caller leaves it out, as SDKs do) and the input members bound to the query
 * string. Path members are the template's {@code {name}} labels ({@code {name+}} keeps its slashes);
 * every other input member is the JSON body. Read from the service model data ({@link ServiceModel}),
 * never copied by hand: a newer SDK that has the operation replaces its use by its typed call.
 *
 * @param name the operation's name, also the IAM action after {@code bedrock-agentcore:}
 * @param idempotencyToken the member the model marks {@code @idempotencyToken}; null for none
 * @param queryMembers input member name to the query parameter's name on the wire
 */
record AgentCoreOperation(String name, SdkHttpMethod method, String uri, int successCode, String idempotencyToken,
		Map<String, String> queryMembers) {

	static final AgentCoreOperation GET_GATEWAY = of("GetGateway");

	static final AgentCoreOperation LIST_GATEWAYS = of("ListGateways");

	static final AgentCoreOperation CREATE_GATEWAY = of("CreateGateway");

	AgentCoreOperation {
		queryMembers = Map.copyOf(queryMembers);
	}

	/** The operation as the service model data binds it; refuses a name the data does not hold. */
	static AgentCoreOperation of(String name) {
		ServiceModel model = ServiceModel.agentCore();
		Operation operation = model.operation(name);
		String token = null;
		Map<String, String> query = new LinkedHashMap<>();
		if (operation.input() != null) {
			for (Member member : model.shape(operation.input()).members().values()) {
				if (member.idempotencyToken()) {
					token = member.name();
				}
				if (member.location().equals("query")) {
					query.put(member.name(), member.locationName() == null ? member.name() : member.locationName());
				}
			}
		}
		return new AgentCoreOperation(name, SdkHttpMethod.fromValue(operation.method()), operation.uri(), operation.code(),
				token, query);
	}

}
