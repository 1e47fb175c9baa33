package dev.agentcore.controlplane.gateway;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.agentcore.controlplane.gateway.GatewayMembers.InterceptionPoint;
import dev.agentcore.controlplane.gateway.GatewayMembers.Interceptor;
import dev.agentcore.controlplane.web.Violations;

/** What AgentCore accepts for a gateway across fields, reported with the field errors. */
final class GatewayRules {

	private GatewayRules() {
	}

	static void check(GatewayRequest request, Violations.Collector violations) {
		interceptionPoints(request.interceptors(), violations);
		returnUrls(request.oauthReturnUrls(), violations);
		GatewayMembers.PolicyEngine engine = request.policyEngine();
		if (engine != null && (engine.arn() == null) == (engine.policyEngineId() == null)) {
			violations.add("policyEngine", "give exactly one of 'arn' (any engine) and 'policyEngineId' (one of your "
					+ "team's engines)");
		}
		GatewaySpec.Authorizer authorizer = request.authorizer();
		if (authorizer != null && authorizer.type() != null && !authorizer.type().validatesJwt()
				&& authorizer.advertisedScopeMapping() != null) {
			violations.add("authorizer.advertisedScopeMapping", "must be absent for " + authorizer.type()
					+ ": only CUSTOM_JWT and AUTHENTICATE_ONLY gateways advertise scopes");
		}
	}

	/**
	 * An OAuth return URL is where a browser lands with an authorization result: https, or plain http only on this
	 * machine while developing (localhost), never with a fragment (RFC 6749 3.1.2), each listed once.
	 */
	static void returnUrls(List<String> urls, Violations.Collector violations) {
		if (urls == null) {
			return;
		}
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (int i = 0; i < urls.size(); i++) {
			String url = urls.get(i);
			if (url == null) {
				continue;
			}
			String field = "oauthReturnUrls[" + i + "]";
			String problem = ReturnUrls.problem(url);
			if (problem != null) {
				violations.add(field, problem);
			}
			else if (!seen.add(url)) {
				violations.add(field, "is listed twice; list each return URL once");
			}
		}
	}

	/** AgentCore runs one interceptor per point: a second one on REQUEST (or RESPONSE) is refused. */
	private static void interceptionPoints(List<Interceptor> interceptors, Violations.Collector violations) {
		if (interceptors == null) {
			return;
		}
		Map<InterceptionPoint, Integer> taken = new EnumMap<>(InterceptionPoint.class);
		for (int i = 0; i < interceptors.size(); i++) {
			Interceptor interceptor = interceptors.get(i);
			if (interceptor == null || interceptor.points() == null) {
				continue;
			}
			for (InterceptionPoint point : interceptor.points()) {
				Integer first = point == null ? null : taken.putIfAbsent(point, i);
				if (first != null) {
					violations.add("interceptors[" + i + "].points", point + " is already intercepted by interceptors["
							+ first + "]; each interception point takes one interceptor");
				}
			}
		}
	}

}
