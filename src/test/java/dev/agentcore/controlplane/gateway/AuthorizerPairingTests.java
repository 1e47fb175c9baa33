package dev.agentcore.controlplane.gateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.ProblemDetail;

import dev.agentcore.controlplane.gateway.GatewaySpec.AuthorizerType;
import dev.agentcore.controlplane.web.Problems.FieldError;

import static dev.agentcore.controlplane.support.ProblemAssertions.code;
import static dev.agentcore.controlplane.support.ProblemAssertions.errors;
import static dev.agentcore.controlplane.support.ProblemAssertions.problemOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** Credentials that forward the caller's identity pair with the authorizer that knows it: checked from the target and from the gateway. */
class AuthorizerPairingTests {

	@ParameterizedTest
	@EnumSource(AuthorizerType.class)
	void jwtPassthroughNeedsAGatewayThatValidatesJwts(AuthorizerType gateway) {
		if (gateway.validatesJwt()) {
			assertThatNoException().isThrownBy(() -> AuthorizerPairing.checkTarget(gateway, "JWT_PASSTHROUGH"));
			return;
		}
		ProblemDetail problem = problemOf(() -> AuthorizerPairing.checkTarget(gateway, "JWT_PASSTHROUGH"));
		assertThat(code(problem)).isEqualTo("PASSTHROUGH_NEEDS_JWT_AUTHORIZER");
		assertThat(problem.getStatus()).isEqualTo(400);
		assertThat(errors(problem)).extracting(FieldError::field).containsExactly("credentials.type");
		assertThat(problem.getDetail()).contains("this gateway's authorizer is " + gateway)
			.contains("[CUSTOM_JWT, AUTHENTICATE_ONLY]");
	}

	@ParameterizedTest
	@EnumSource(AuthorizerType.class)
	void callerIamCredentialsNeedAnIamGateway(AuthorizerType gateway) {
		if (gateway == AuthorizerType.AWS_IAM) {
			assertThatNoException().isThrownBy(() -> AuthorizerPairing.checkTarget(gateway, "CALLER_IAM_CREDENTIALS"));
			return;
		}
		ProblemDetail problem = problemOf(() -> AuthorizerPairing.checkTarget(gateway, "CALLER_IAM_CREDENTIALS"));
		assertThat(code(problem)).isEqualTo("CALLER_IAM_NEEDS_IAM_AUTHORIZER");
		assertThat(problem.getDetail()).contains("[AWS_IAM]");
	}

	@ParameterizedTest
	@EnumSource(AuthorizerType.class)
	void otherCredentialsPairWithAnyAuthorizer(AuthorizerType gateway) {
		assertThatNoException().isThrownBy(() -> AuthorizerPairing.checkTarget(gateway, "GATEWAY_IAM_ROLE"));
		assertThatNoException().isThrownBy(() -> AuthorizerPairing.checkTarget(gateway, "OAUTH"));
	}

	@Test
	void gatewayChangeNamesEveryTargetItWouldBreakSorted() {
		Map<String, String> targets = new LinkedHashMap<>();
		targets.put("zeta", "JWT_PASSTHROUGH");
		targets.put("alpha", "JWT_PASSTHROUGH");
		targets.put("plain", "GATEWAY_IAM_ROLE");
		ProblemDetail problem = problemOf(() -> AuthorizerPairing.checkGateway(AuthorizerType.AWS_IAM, targets));
		assertThat(code(problem)).isEqualTo("PASSTHROUGH_NEEDS_JWT_AUTHORIZER");
		assertThat(errors(problem)).extracting(FieldError::field).containsExactly("authorizer.type");
		assertThat(problem.getProperties()).containsEntry("targets", List.of("alpha", "zeta"));
		assertThat(problem.getDetail()).startsWith("Target(s) [alpha, zeta] use JWT_PASSTHROUGH")
			.contains("a AWS_IAM authorizer would break them");
	}

	@Test
	void gatewayChangeToAnIamAuthorizerKeepsCallerIamTargetsAndLeavingItBreaksThem() {
		Map<String, String> targets = Map.of("signed", "CALLER_IAM_CREDENTIALS");
		assertThatNoException().isThrownBy(() -> AuthorizerPairing.checkGateway(AuthorizerType.AWS_IAM, targets));
		ProblemDetail problem = problemOf(() -> AuthorizerPairing.checkGateway(AuthorizerType.CUSTOM_JWT, targets));
		assertThat(code(problem)).isEqualTo("CALLER_IAM_NEEDS_IAM_AUTHORIZER");
		assertThat(problem.getProperties()).containsEntry("targets", List.of("signed"));
	}

	@Test
	void gatewayWithoutTargetsChangesFreely() {
		for (AuthorizerType type : AuthorizerType.values()) {
			assertThatNoException().isThrownBy(() -> AuthorizerPairing.checkGateway(type, Map.of()));
		}
	}

}
