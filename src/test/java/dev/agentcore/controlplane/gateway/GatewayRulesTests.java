package dev.agentcore.controlplane.gateway;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.agentcore.controlplane.gateway.GatewayMembers.InterceptionPoint;
import dev.agentcore.controlplane.gateway.GatewayMembers.Interceptor;
import dev.agentcore.controlplane.gateway.GatewayMembers.PolicyEngineMode;
import dev.agentcore.controlplane.gateway.GatewaySpec.AuthorizerType;
import dev.agentcore.controlplane.web.Problems.FieldError;

import static dev.agentcore.controlplane.support.Collected.violations;
import static org.assertj.core.api.Assertions.assertThat;

/** What AgentCore accepts for a gateway across fields: one interceptor per point, one way to name an engine, scopes advertised only with JWTs. */
class GatewayRulesTests {

	static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:intercept";

	static final String ENGINE = "arn:aws:bedrock-agentcore:us-east-1:123456789012:policy-engine/engine-a1b2c3d4e5";

	@Test
	void plainGatewayPasses() {
		assertThat(check(request(AuthorizerType.NONE, null, null, null))).isEmpty();
	}

	@Test
	void oneInterceptorPerPointPasses() {
		assertThat(check(request(AuthorizerType.NONE, null, List.of(interceptor(InterceptionPoint.REQUEST),
				interceptor(InterceptionPoint.RESPONSE)), null))).isEmpty();
	}

	@Test
	void secondInterceptorOnAPointIsRefusedNamingTheFirst() {
		assertThat(check(request(AuthorizerType.NONE, null, List.of(interceptor(InterceptionPoint.REQUEST, InterceptionPoint.RESPONSE),
				interceptor(InterceptionPoint.RESPONSE)), null)))
			.containsExactly(new FieldError("interceptors[1].points", "RESPONSE is already intercepted by interceptors[0]; "
					+ "each interception point takes one interceptor"));
	}

	@Test
	void aPointTwiceInOneInterceptorIsRefused() {
		assertThat(check(request(AuthorizerType.NONE, null, List.of(interceptor(InterceptionPoint.REQUEST, InterceptionPoint.REQUEST)),
				null)))
			.extracting(FieldError::field).containsExactly("interceptors[0].points");
	}

	@Test
	void interceptorsWithoutPointsAreLeftToBeanValidation() {
		assertThat(check(request(AuthorizerType.NONE, null, Arrays.asList(null, new Interceptor(LAMBDA, null, null, null),
				interceptor((InterceptionPoint) null)), null))).isEmpty();
	}

	@Test
	void engineNamedByArnOrByIdPasses() {
		assertThat(check(request(AuthorizerType.NONE, null, null, new GatewayMembers.PolicyEngine(ENGINE, null,
				PolicyEngineMode.ENFORCE)))).isEmpty();
		assertThat(check(request(AuthorizerType.NONE, null, null, new GatewayMembers.PolicyEngine(null, UUID.randomUUID(),
				PolicyEngineMode.ENFORCE)))).isEmpty();
	}

	@Test
	void engineNamedBothWaysOrNeitherIsRefused() {
		FieldError exactlyOne = new FieldError("policyEngine", "give exactly one of 'arn' (any engine) and 'policyEngineId' "
				+ "(one of your team's engines)");
		assertThat(check(request(AuthorizerType.NONE, null, null, new GatewayMembers.PolicyEngine(ENGINE, UUID.randomUUID(),
				PolicyEngineMode.ENFORCE)))).containsExactly(exactlyOne);
		assertThat(check(request(AuthorizerType.NONE, null, null, new GatewayMembers.PolicyEngine(null, null,
				PolicyEngineMode.ENFORCE)))).containsExactly(exactlyOne);
	}

	@ParameterizedTest
	@EnumSource(AuthorizerType.class)
	void scopesAreAdvertisedOnlyByGatewaysThatValidateJwts(AuthorizerType type) {
		List<FieldError> errors = check(request(type, Map.of("read", "orders/read"), null, null));
		if (type.validatesJwt()) {
			assertThat(errors).isEmpty();
		}
		else {
			assertThat(errors).containsExactly(new FieldError("authorizer.advertisedScopeMapping", "must be absent for " + type
					+ ": only CUSTOM_JWT and AUTHENTICATE_ONLY gateways advertise scopes"));
		}
	}

	@Test
	void everyBrokenRuleIsReportedAtOnce() {
		assertThat(check(request(AuthorizerType.AWS_IAM, Map.of("read", "orders/read"),
				List.of(interceptor(InterceptionPoint.REQUEST), interceptor(InterceptionPoint.REQUEST)),
				new GatewayMembers.PolicyEngine(null, null, PolicyEngineMode.LOG_ONLY))))
			.extracting(FieldError::field)
			.containsExactly("authorizer.advertisedScopeMapping", "interceptors[1].points", "policyEngine");
	}

	private static List<FieldError> check(GatewayRequest request) {
		return violations(collector -> GatewayRules.check(request, collector));
	}

	private static Interceptor interceptor(InterceptionPoint... points) {
		return new Interceptor(LAMBDA, Arrays.asList(points), null, null);
	}

	private static GatewayRequest request(AuthorizerType type, Map<String, String> scopes, List<Interceptor> interceptors,
			GatewayMembers.PolicyEngine engine) {
		return new GatewayRequest("orders", null, null, new GatewaySpec.Authorizer(type, null, scopes), null, null, null, null,
				interceptors, engine, null, null, null, null);
	}

}
