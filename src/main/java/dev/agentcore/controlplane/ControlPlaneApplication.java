package dev.agentcore.controlplane;

import org.slf4j.LoggerFactory;

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
		String withoutAot = AheadOfTimeContext.decide(environment(args));
		SpringApplication.run(ControlPlaneApplication.class, args);
		if (withoutAot != null) {
			LoggerFactory.getLogger(ControlPlaneApplication.class)
				.info("Started without Spring AOT's generated context (slower start, same beans): {}", withoutAot);
		}
	}

	/** Profile {@code simulator} starts only the simulated AgentCore (see {@link AgentCoreSimulator}). */
	static boolean simulatorOnly(String[] args) {
		return environment(args).matchesProfiles(AgentCoreSimulator.PROFILE);
	}

	/** The environment variables, system properties and arguments, before Spring Boot reads its configuration. */
	static StandardEnvironment environment(String[] args) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
		return environment;
	}

}
