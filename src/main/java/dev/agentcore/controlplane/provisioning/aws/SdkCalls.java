package dev.agentcore.controlplane.provisioning.aws;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.provisioning.AgentCoreFailure;
import dev.agentcore.controlplane.provisioning.RateLimits;

/**
 * One SDK call as the provisioner makes it: within the client-side quotas, timed by operation and
 * outcome ({@code controlplane.aws.calls}), its failure classified (an access error names the
 * missing permission).
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
		return absentIfNotFound(() -> read(operation, call));
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

	/** An observation made of one or more calls; what AWS does not have is empty. */
	static <T> Optional<T> absentIfNotFound(Supplier<T> observation) {
		try {
			return Optional.ofNullable(observation.get());
		}
		catch (AgentCoreFailure ex) {
			if (ex.isNotFound()) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	/** Walks a paginated list for the item with {@code name} (names are unique where AWS lists them). */
	static <P, S> Optional<String> idByName(String name, Function<String, P> page, Function<P, List<S>> items,
			Function<P, String> nextToken, Function<S, String> nameOf, Function<S, String> idOf) {
		String token = null;
		do {
			P current = page.apply(token);
			for (S item : items.apply(current)) {
				if (nameOf.apply(item).equals(name)) {
					return Optional.of(idOf.apply(item));
				}
			}
			token = nextToken.apply(current);
		}
		while (token != null);
		return Optional.empty();
	}

	private <T> T timed(String operation, Supplier<T> call) {
		Timer.Sample sample = Timer.start(meters);
		String outcome = "success";
		try {
			return AwsFailures.translate(operation, call);
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
