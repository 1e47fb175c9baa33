package dev.agentcore.controlplane;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

import dev.agentcore.controlplane.simulator.AgentCoreSimulator;

/**
 * Control plane for Amazon Bedrock AgentCore Gateway: teams declare gateways, targets and JWT
 * authorizers over REST, and the provisioner makes AWS match.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ControlPlaneApplication {

	public static void main(String[] args) {
		if (simulatorOnly(args)) {
			AgentCoreSimulator.run(args);
			return;
		}
		SpringApplication.run(ControlPlaneApplication.class, args);
	}

	/** Profile {@code simulator} starts only the simulated AgentCore (see {@link AgentCoreSimulator}). */
	static boolean simulatorOnly(String[] args) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
		return environment.matchesProfiles(AgentCoreSimulator.PROFILE);
	}

}
