package dev.agentcore.controlplane.benchmark;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.context.AnnotatedClassFinder;

import dev.agentcore.controlplane.ControlPlaneApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmarks' {@code @SpringBootTest} boots the control plane: Spring Boot takes the nearest
 * {@code @SpringBootConfiguration} up the benchmark's package, and a bare app beside them (the jar benchmark's
 * baseline) answered every request of theirs with 404.
 */
class BenchmarkContextTests {

	@ParameterizedTest
	@ValueSource(classes = { AccountsBenchmark.class, ProvisioningBenchmark.class, PolicyBenchmark.class,
			ApiBenchmark.class })
	void aBenchmarkBootsTheControlPlane(Class<?> benchmark) {
		assertThat(new AnnotatedClassFinder(SpringBootConfiguration.class).findFromClass(benchmark))
			.isEqualTo(ControlPlaneApplication.class);
	}

}
