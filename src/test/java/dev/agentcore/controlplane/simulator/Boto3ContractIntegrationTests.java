package dev.agentcore.controlplane.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A current AWS SDK other than ours (boto3, whose model moves with AWS's) drives the simulated
 * AgentCore through create, get, list with paging, update (PATCH where modelled), tag, synchronize
 * and delete of gateways, targets, policy engines and policies, checks every required response
 * member of the model data, and gets ValidationException for each constraint it breaks on purpose:
 * {@code src/test/python/agentcore_sdk_contract.py}. Skipped where python3 with boto3 is absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Boto3ContractIntegrationTests {

	static final Path SCRIPT = Path.of("src", "test", "python", "agentcore_sdk_contract.py");

	static final Path MODEL = Path.of("src", "main", "resources", "servicemodel", "bedrock-agentcore-control.json");

	ConfigurableApplicationContext simulator;

	@BeforeAll
	void boto3AndSimulator() throws Exception {
		assumeTrue(run("python3", "-c", "import boto3").exitCode() == 0,
				"python3 with boto3 is needed for this test (pip install boto3); it is skipped here");
		simulator = AgentCoreSimulator.run("--server.port=0");
	}

	@AfterAll
	void stopSimulator() {
		if (simulator != null) {
			simulator.close();
		}
	}

	@Test
	void boto3DrivesEveryRoundTripAndIsRefusedForEveryBrokenConstraint() throws Exception {
		String endpoint = "http://localhost:" + simulator.getEnvironment().getProperty("local.server.port")
				+ AgentCoreWireController.BASE_PATH;
		Result result = run("python3", SCRIPT.toString(), endpoint, MODEL.toString());
		System.out.println(result.output());
		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.output()).contains("every required response member present")
			.containsPattern("refused with ValidationException: [1-9][0-9]*");
	}

	record Result(int exitCode, String output) {
	}

	static Result run(String... command) throws IOException, InterruptedException {
		Process process;
		try {
			process = new ProcessBuilder(command).redirectErrorStream(true).start();
		}
		catch (IOException absent) {
			return new Result(-1, absent.getMessage());
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			return new Result(-1, output + "\n(timed out)");
		}
		return new Result(process.exitValue(), output);
	}

}
