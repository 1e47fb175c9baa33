package dev.agentcore.controlplane;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Control plane for Amazon Bedrock AgentCore Gateway: teams declare gateways, targets and JWT
 * authorizers over REST, and the provisioner makes AWS match.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ControlPlaneApplication {

	public static void main(String[] args) {
		SpringApplication.run(ControlPlaneApplication.class, args);
	}

}
