package dev.agentcore.controlplane.provisioning.aws;

import java.util.Optional;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.provisioning.AgentCoreFailure;
import dev.agentcore.controlplane.provisioning.RateLimits;

/**
 * One SDK call as the provisioner makes it: within the client-side quotas, timed by operation and
 * outcome ({@code controlplane.aws.calls}), its failure classified.
 */
@Component
class SdkCalls {

	private final RateLimits limits;

	private final MeterRegistry meters;

	SdkCalls(RateLimits limits, MeterRegistry meters) {
		this.limits = limits;
		this.meters = meters;
	}

	<T> T mutating(String operation, Supplier<T> call) {
		limits.beforeMutatingCall();
		return timed(operation, call);
	}

	<T> T read(String operation, Supplier<T> call) {
		limits.beforeReadCall();
		return timed(operation, call);
	}

	/** A lookup; what AWS does not have is empty. */
	<T> Optional<T> readIfPresent(String operation, Supplier<T> call) {
		try {
			return Optional.ofNullable(read(operation, call));
		}
		catch (AgentCoreFailure ex) {
			if (ex.isNotFound()) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	/** A delete; what is already gone counts as deleted (the request id is then null). */
	String deleteIfPresent(String operation, Supplier<String> requestIdOfDelete) {
		try {
			return mutating(operation, requestIdOfDelete);
		}
		catch (AgentCoreFailure ex) {
			if (ex.isNotFound()) {
				return ex.requestId();
			}
			throw ex;
		}
	}

	private <T> T timed(String operation, Supplier<T> call) {
		Timer.Sample sample = Timer.start(meters);
		String outcome = "success";
		try {
			return AwsFailures.translate(call);
		}
		catch (AgentCoreFailure ex) {
			outcome = ex.errorType();
			throw ex;
		}
		finally {
			sample.stop(Timer.builder("controlplane.aws.calls")
				.description("AWS calls by operation and outcome")
				.tags("operation", operation, "outcome", outcome)
				.register(meters));
		}
	}

}
