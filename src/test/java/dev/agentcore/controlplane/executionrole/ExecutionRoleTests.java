package dev.agentcore.controlplane.executionrole;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.agentcore.controlplane.resource.EventType;
import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceAccepted;
import dev.agentcore.controlplane.resource.ResourceEvents;
import dev.agentcore.controlplane.resource.ResourceType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A managed role's transitions: it has no spec of its own, so its gateway's changes are new generations;
 * it is deleted once and kept again when its gateway asks for it before it went.
 */
class ExecutionRoleTests {

	static final UUID GATEWAY = UUID.fromString("0190f5a2-0000-7000-8000-0000000000ee");

	@Test
	void declaredRoleIsPartOfItsGatewaysHistoryAtGenerationOne() {
		ExecutionRole role = ExecutionRole.declare(GATEWAY, "team-a", "agentcore-orders");
		assertThat(role.gatewayId()).isEqualTo(GATEWAY);
		assertThat(role.generation()).isEqualTo(1);
		assertThat(role.status().phase()).isEqualTo(Phase.PENDING);
		assertThat(role.ref().type()).isEqualTo(ResourceType.EXECUTION_ROLE);
		assertThat(role.ref().scopeId()).isEqualTo(GATEWAY);
		assertThat(role.holdsCurrentPolicies()).as("nothing in IAM yet").isFalse();
	}

	@Test
	void everyInputChangeIsANewGeneration() {
		ExecutionRole role = ExecutionRole.declare(GATEWAY, "team-a", "agentcore-orders");
		assertThat(role.inputsChanged("The gateway changed")).isTrue();
		assertThat(role.inputsChanged("The gateway changed")).isTrue();
		assertThat(role.generation()).isEqualTo(3);
	}

	@Test
	void deletionIsRequestedOnceAndTakesNoInputChange() {
		ExecutionRole role = ExecutionRole.declare(GATEWAY, "team-a", "agentcore-orders");
		assertThat(role.requestDeletion()).isTrue();
		assertThat(role.deletionRequested()).isTrue();
		assertThat(role.requestDeletion()).as("already requested").isFalse();
		assertThat(role.inputsChanged("The gateway changed")).isFalse();
		assertThat(role.generation()).isEqualTo(1);
	}

	@Test
	void keptRoleIsNoLongerDeletedAndGetsTheCurrentPolicies() {
		ExecutionRole role = ExecutionRole.declare(GATEWAY, "team-a", "agentcore-orders");
		assertThat(role.keep()).as("a role not being deleted is kept as it is").isFalse();
		assertThat(role.generation()).isEqualTo(1);
		role.requestDeletion();
		assertThat(role.keep()).isTrue();
		assertThat(role.deletionRequested()).isFalse();
		assertThat(role.generation()).isEqualTo(2);
		assertThat(role.inputsChanged("The gateway changed")).as("takes changes again").isTrue();
	}

	@Test
	void theControlPlaneDecidesEveryChangeSoTheHistoryNamesTheProvisionerAndNothingIsAudited() {
		ExecutionRole role = ExecutionRole.declare(GATEWAY, "team-a", "agentcore-orders");
		role.inputsChanged("A target changed; the role's policies follow");
		role.requestDeletion();
		role.keep();
		assertThat(role.domainEvents()).containsExactly(
				new ResourceAccepted(role.ref(), EventType.SPEC_ACCEPTED,
						"Managed execution role agentcore-orders declared for the gateway.", ResourceEvents.PROVISIONER),
				new ResourceAccepted(role.ref(), EventType.SPEC_ACCEPTED,
						"A target changed; the role's policies follow (generation 2).", ResourceEvents.PROVISIONER),
				new ResourceAccepted(role.ref(), EventType.DELETION_REQUESTED,
						"Managed execution role agentcore-orders to be deleted once the gateway no longer uses it.",
						ResourceEvents.PROVISIONER),
				new ResourceAccepted(role.ref(), EventType.SPEC_ACCEPTED,
						"The gateway asks for its managed role again: keeping it.", ResourceEvents.PROVISIONER));
	}

}
