package dev.agentcore.controlplane.gatewaytarget;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param perGateway targets a gateway may have (AgentCore's quota is 100)
 * @param concurrentSchemaParses inline schemas checked at once; more wait half a second, then get 503
 */
@Validated
@ConfigurationProperties("controlplane.targets")
record TargetSettings(@DefaultValue("100") @Min(1) @Max(1000) int perGateway,
		@DefaultValue("4") @Min(1) @Max(64) int concurrentSchemaParses) {
}
