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
