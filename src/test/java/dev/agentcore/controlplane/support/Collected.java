package dev.agentcore.controlplane.support;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.web.ErrorResponseException;

import dev.agentcore.controlplane.web.Problems.FieldError;
import dev.agentcore.controlplane.web.Violations;

import static org.assertj.core.api.Assertions.assertThat;

/** The field errors a cross-field rule adds to a fresh collector, in the order the API reports them. */
public final class Collected {

	private Collected() {
	}

	public static List<FieldError> violations(Consumer<Violations.Collector> rule) {
		Violations.Collector collector = new Violations.Collector();
		rule.accept(collector);
		try {
			collector.throwIfAny();
		}
		catch (ErrorResponseException ex) {
			assertThat(collector.isEmpty()).isFalse();
			assertThat(ProblemAssertions.code(ex.getBody())).isEqualTo("VALIDATION_FAILED");
			return ProblemAssertions.errors(ex.getBody());
		}
		assertThat(collector.isEmpty()).isTrue();
		return List.of();
	}

}
