package dev.agentcore.controlplane.provisioning.aws;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

import dev.agentcore.controlplane.provisioning.AgentCoreFailure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AwsFailuresTests {

	@Test
	void anAccessErrorNamesThePermissionOfTheServiceThatRefused() {
		assertThat(denied("BedrockAgentCoreControl", "CreateGateway").getMessage())
			.contains("lacks the permission bedrock-agentcore:CreateGateway");
		assertThat(denied("CognitoIdentityProvider", "CreateUserPool").getMessage())
			.contains("lacks the permission cognito-idp:CreateUserPool");
		assertThat(denied("SecretsManager", "CreateSecret").getMessage()).contains("lacks the permission secretsmanager:CreateSecret");
		assertThat(denied(null, "Something").getMessage()).contains("lacks the permission for Something");
	}

	@Test
	void anAccessErrorWaitsForAChange() {
		AgentCoreFailure failure = denied("Bedrock AgentCore Control", "CreateGateway");
		assertThat(failure.retryable()).isFalse();
		assertThat(failure.errorType()).isEqualTo("AccessDeniedException");
	}

	/** The SDK's service names as its clients put them in error details (checked against the simulator by its tests). */
	private static AgentCoreFailure denied(String service, String operation) {
		AwsServiceException refusal = AwsServiceException.builder()
			.statusCode(403)
			.awsErrorDetails(AwsErrorDetails.builder()
				.errorCode("AccessDeniedException")
				.errorMessage("not authorized")
				.serviceName(service)
				.build())
			.build();
		return catchThrowableOfType(AgentCoreFailure.class, () -> AwsFailures.translate(operation, () -> {
			throw refusal;
		}));
	}

}
