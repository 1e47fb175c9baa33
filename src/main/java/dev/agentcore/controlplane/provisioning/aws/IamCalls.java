package dev.agentcore.controlplane.provisioning.aws;

import java.util.Set;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.provisioning.AgentCoreFailure;
import dev.agentcore.controlplane.provisioning.AwsPlacement;

/**
 * IAM and STS calls, timed like the AgentCore calls ({@code controlplane.aws.calls}, operations
 * prefixed {@code iam:} and {@code sts:}) and translated into {@link AgentCoreFailure}s. IAM says
 * "Throttling" (HTTP 400) where AgentCore says ThrottlingException, and has its own transient
 * errors; those are retryable too.
 */
@Component
class IamCalls {

	private static final Set<String> TRANSIENT = Set.of("Throttling", "ServiceFailure", "ConcurrentModification",
			"ServiceUnavailable", "RequestLimitExceeded");

	private final IamClients clients;

	private final MeterRegistry meters;

	private final AssumedCredentials assumed;

	IamCalls(IamClients clients, MeterRegistry meters, AssumedCredentials assumed) {
		this.clients = clients;
		this.meters = meters;
		this.assumed = assumed;
	}

	/** IAM of the running reconcile's account ({@link AwsPlacement}): a placed gateway's roles live in its account. */
	IamClient iam() {
		AwsPlacement.Target target = AwsPlacement.current();
		return target == null ? clients.iam() : clients.iam(target.roleArn(), assumed.of(target));
	}

	StsClient sts() {
		return clients.sts();
	}

	<T> T call(String operation, Supplier<T> call) {
		Timer.Sample sample = Timer.start(meters);
		String outcome = "success";
		try {
			return AwsFailures.translate(operation, call);
		}
		catch (AgentCoreFailure ex) {
			outcome = ex.errorType();
			if (ex.httpStatus() == 403) {
				throw new AgentCoreFailure(ex.errorType(), 403, "The control plane's AWS identity lacks the permission "
						+ operation + ". AWS said: " + said(ex), false, ex.requestId(), ex);
			}
			if (!ex.retryable() && TRANSIENT.contains(ex.errorType())) {
				throw new AgentCoreFailure(ex.errorType(), ex.httpStatus(), ex.getMessage(), true, ex.requestId(), ex);
			}
			throw ex;
		}
		finally {
			sample.stop(Timer.builder("controlplane.aws.calls")
				.description("AgentCore calls by operation and outcome")
				.tags("operation", operation, "outcome", outcome)
				.register(meters));
		}
	}

	private static String said(AgentCoreFailure failure) {
		return failure.getCause() instanceof software.amazon.awssdk.awscore.exception.AwsServiceException aws
				&& aws.awsErrorDetails() != null ? aws.awsErrorDetails().errorMessage() : failure.getMessage();
	}

	/** Like {@link #call}, but a missing entity is null rather than a failure. */
	<T> T callOrNull(String operation, Supplier<T> call) {
		try {
			return call(operation, call);
		}
		catch (AgentCoreFailure ex) {
			if (ex.isNotFound()) {
				return null;
			}
			throw ex;
		}
	}

}
