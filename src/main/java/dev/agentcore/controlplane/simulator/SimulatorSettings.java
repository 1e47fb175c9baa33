package dev.agentcore.controlplane.simulator;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The simulated account.
 *
 * @param region region in ARNs and gateway URLs
 * @param accountId account in ARNs
 * @param gatewayLimit gateways per account before {@code ServiceQuotaExceededException}
 * @param targetsPerGateway targets per gateway before {@code ServiceQuotaExceededException}
 * @param stateFile where the simulated resources are kept across restarts; none keeps them in memory
 * @param seed seed of the fault injector's randomness, for repeatable runs; none picks one
 * @param trustingAccounts other accounts the simulator holds, each with a role AgentCoreControlPlaneAccess that trusts
 * the control plane's role with external id local-external-id
 */
@ConfigurationProperties("controlplane.simulator")
record SimulatorSettings(@DefaultValue("us-east-1") String region, @DefaultValue("123456789012") String accountId,
		@DefaultValue("1000") int gatewayLimit, @DefaultValue("100") int targetsPerGateway, Path stateFile, Long seed,
		@DefaultValue(SimulatedAccounts.SECOND_ACCOUNT) java.util.List<String> trustingAccounts) {
}
