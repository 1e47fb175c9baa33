package dev.agentcore.controlplane.executionrole;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How managed execution roles are named.
 *
 * @param namePrefix put before the gateway's name; at most 20 characters of IAM's role-name alphabet
 */
@Validated
@ConfigurationProperties("controlplane.execution-roles")
public record ExecutionRoleSettings(
		@DefaultValue("AgentCoreGateway-") @Size(max = 20) @Pattern(regexp = "[\\w+=,.@-]*") String namePrefix) {
}
