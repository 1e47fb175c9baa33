package dev.agentcore.controlplane.simulator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * CreateGateway / UpdateGateway rules between members that the service states in its
 * documentation; the model's own constraints are checked before, by {@link ModelInputChecks}.
 */
final class GatewayInputRules {

	private static final Set<String> JWT_TYPES = Set.of("CUSTOM_JWT", "AUTHENTICATE_ONLY");

	private GatewayInputRules() {
	}

	static GatewayInput create(JsonNode request) {
		return input(request);
	}

	static GatewayInput update(JsonNode request) {
		return input(request);
	}

	/** TagResource's body: the tags to add or change. */
	static Map<String, String> tags(JsonNode request) {
		return strings(request.get("tags"));
	}

	private static GatewayInput input(JsonNode request) {
		ObjectNode members = ((ObjectNode) request).deepCopy();
		String name = members.remove("name").asString();
		JsonNode token = members.remove("clientToken");
		JsonNode tags = members.remove("tags");
		authorizer(members);
		interceptionPoints(members.path("interceptorConfigurations"));
		return new GatewayInput(name, token == null ? null : token.asString(), members, tags == null ? Map.of() : strings(tags));
	}

	private static void authorizer(JsonNode members) {
		String type = members.path("authorizerType").asString();
		JsonNode configuration = members.get("authorizerConfiguration");
		if (!JWT_TYPES.contains(type)) {
			if (configuration != null && !configuration.isNull()) {
				throw AwsError.validation("authorizerConfiguration",
						"Authorizer configuration is only allowed for authorizer types " + JWT_TYPES);
			}
			return;
		}
		if (configuration == null || configuration.isNull()) {
			throw AwsError.validation("authorizerConfiguration", "Authorizer configuration is required for authorizer type " + type);
		}
		JsonNode jwt = configuration.path("customJWTAuthorizer");
		int rules = 0;
		for (String list : new String[] { "allowedAudience", "allowedClients", "allowedScopes", "customClaims" }) {
			rules += jwt.path(list).size();
		}
		if (type.equals("CUSTOM_JWT") && rules == 0) {
			throw AwsError.validation("authorizerConfiguration.customJWTAuthorizer",
					"At least one of allowedAudience, allowedClients, allowedScopes or customClaims must be set");
		}
		JsonNode claims = jwt.path("customClaims");
		for (int i = 0; i < claims.size(); i++) {
			claimShape(claims.get(i), "authorizerConfiguration.customJWTAuthorizer.customClaims." + (i + 1));
		}
		JsonNode scopes = jwt.path("allowedScopes");
		for (String scope : jwt.path("advertisedScopeMapping").propertyNames()) {
			if (scopes.valueStream().noneMatch(allowed -> allowed.asString().equals(scope))) {
				throw AwsError.validation("authorizerConfiguration.customJWTAuthorizer.advertisedScopeMapping." + scope,
						"The scope is not in allowedScopes; only allowed scopes can be advertised");
			}
		}
	}

	/** EQUALS works on STRING claims, CONTAINS and CONTAINS_ANY on STRING_ARRAY; only CONTAINS_ANY takes a list. */
	private static void claimShape(JsonNode claim, String path) {
		String type = claim.path("inboundTokenClaimValueType").asString();
		String operator = claim.at("/authorizingClaimMatchValue/claimMatchOperator").asString();
		boolean list = claim.at("/authorizingClaimMatchValue/claimMatchValue").has("matchValueStringList");
		if (operator.equals("EQUALS") != type.equals("STRING")) {
			throw AwsError.validation(path + ".authorizingClaimMatchValue.claimMatchOperator", operator
					+ " cannot be used with inboundTokenClaimValueType " + type
					+ "; EQUALS works with STRING, CONTAINS and CONTAINS_ANY with STRING_ARRAY");
		}
		if (operator.equals("CONTAINS_ANY") != list) {
			throw AwsError.validation(path + ".authorizingClaimMatchValue.claimMatchValue", operator
					+ (list ? " takes matchValueString, not matchValueStringList" : " takes matchValueStringList"));
		}
	}

	/** One interceptor per interception point across the gateway. */
	private static void interceptionPoints(JsonNode interceptors) {
		Set<String> taken = new java.util.HashSet<>();
		for (int i = 0; i < interceptors.size(); i++) {
			for (JsonNode point : interceptors.get(i).path("interceptionPoints")) {
				if (!taken.add(point.asString())) {
					throw AwsError.validation("interceptorConfigurations." + (i + 1) + ".interceptionPoints",
							"Interception point " + point.asString() + " has more than one interceptor");
				}
			}
		}
	}

	private static Map<String, String> strings(JsonNode object) {
		Map<String, String> values = new LinkedHashMap<>();
		object.propertyNames().forEach(name -> values.put(name, object.get(name).asString()));
		return values;
	}

}
