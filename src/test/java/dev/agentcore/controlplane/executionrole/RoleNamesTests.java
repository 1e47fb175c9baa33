package dev.agentcore.controlplane.executionrole;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoleNamesTests {

	@Test
	void shortNamesArePrefixedOnly() {
		assertThat(RoleNames.of("AgentCoreGateway-", "payments-tools")).isEqualTo("AgentCoreGateway-payments-tools");
	}

	@Test
	void longNamesAreShortenedWithAHashWithinIamsLimit() {
		String a = "a".repeat(47) + "1";
		String b = "a".repeat(47) + "2";
		String roleA = RoleNames.of("AgentCoreGateway-", a);
		assertThat(roleA).hasSize(64).matches("[\\w+=,.@-]+").startsWith("AgentCoreGateway-aaaa");
		assertThat(roleA).isNotEqualTo(RoleNames.of("AgentCoreGateway-", b));
		assertThat(RoleNames.of("AgentCoreGateway-", a)).as("stable").isEqualTo(roleA);
	}

	@Test
	void aDistinctNameForTheSameGatewayNameDiffersAndFits() {
		UUID id = UUID.randomUUID();
		String taken = RoleNames.of("AgentCoreGateway-", "Pay");
		String other = RoleNames.distinct("AgentCoreGateway-", "Pay", id);
		assertThat(other).isNotEqualToIgnoringCase(taken).startsWith(taken + "-");
		assertThat(RoleNames.distinct("AgentCoreGateway-", "x".repeat(48), id)).hasSizeLessThanOrEqualTo(64);
	}

}
