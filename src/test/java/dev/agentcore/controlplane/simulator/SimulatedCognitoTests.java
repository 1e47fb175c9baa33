package dev.agentcore.controlplane.simulator;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.agentcore.controlplane.simulator.CognitoRecords.Domain;
import dev.agentcore.controlplane.simulator.CognitoRecords.ResourceServer;
import dev.agentcore.controlplane.simulator.CognitoRecords.Scope;
import dev.agentcore.controlplane.simulator.CognitoRecords.UserPool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The simulated Cognito's rules on its stores: a domain's transitions complete by the store's rule (a deleted domain
 * leaves its pool, which can then go), and resource servers are created once and replaced only when they exist.
 */
class SimulatedCognitoTests {

	private static final SimulatorSettings SETTINGS = new SimulatorSettings("eu-west-1", "123456789012", 1000, 100, null,
			1L, List.of());

	private final FaultInjector faults = new FaultInjector(SETTINGS);

	private final SimulatedCognito cognito = new SimulatedCognito(SETTINGS, faults);

	@Test
	void aDomainSettlesAndOnceDeletedLeavesItsPoolWhichCanThenBeDeleted() {
		UserPool pool = cognito.createUserPool("orders", Map.of("team", "a"));
		assertThat(pool.id()).matches("eu-west-1_[A-Za-z0-9]{9}");
		cognito.createDomain(pool.id(), "orders-login");
		assertThat(cognito.domain("orders-login")).map(Domain::status).hasValue("ACTIVE");
		assertThat(cognito.pool(pool.id()).domain()).isEqualTo("orders-login");
		assertThat(cognito.poolOfDomain("orders-login")).map(UserPool::id).hasValue(pool.id());
		assertThatThrownBy(() -> cognito.deleteUserPool(pool.id())).isInstanceOf(AwsJsonError.class)
			.hasMessageContaining("domain configured");

		cognito.deleteDomain(pool.id(), "orders-login");
		assertThat(cognito.domain("orders-login")).isEmpty();
		assertThat(cognito.pool(pool.id()).domain()).isNull();
		cognito.deleteUserPool(pool.id());
		assertThat(cognito.pools()).isEmpty();
	}

	@Test
	void aDomainInTransitionWaitsForTheDelayAndStaysItsPoolsUntilItsDeletionCompletes() {
		faults.replace(new Faults(0.0, 0.0, 0L, 3_600_000L, null, null, null, null, List.of(), null, null, false, null, null));
		UserPool pool = cognito.createUserPool("orders", Map.of());
		cognito.createDomain(pool.id(), "orders-login");
		assertThat(cognito.domain("orders-login")).map(Domain::status).hasValue("CREATING");
		cognito.deleteDomain(pool.id(), "orders-login");
		assertThat(cognito.domain("orders-login")).map(Domain::status).hasValue("DELETING");
		assertThat(cognito.poolOfDomain("orders-login")).as("a deleting domain serves no tokens").isEmpty();
		assertThat(cognito.pool(pool.id()).domain()).as("until the deletion completes").isEqualTo("orders-login");
		assertThatThrownBy(() -> cognito.createDomain(pool.id(), "orders-login2")).isInstanceOf(AwsJsonError.class)
			.hasMessageContaining("already has a domain");
	}

	@Test
	void aResourceServerIsCreatedOnceAndReplacedOnlyWhenItExists() {
		UserPool pool = cognito.createUserPool("orders", Map.of());
		ResourceServer server = new ResourceServer(pool.id(), "orders-api", "Orders", List.of(new Scope("read", "Read")));
		assertThatThrownBy(() -> cognito.putResourceServer(server, false)).isInstanceOf(AwsJsonError.class)
			.hasMessageContaining("does not exist");
		cognito.putResourceServer(server, true);
		assertThatThrownBy(() -> cognito.putResourceServer(server, true)).isInstanceOf(AwsJsonError.class)
			.hasMessageContaining("already exists");
		cognito.putResourceServer(new ResourceServer(pool.id(), "orders-api", "Orders v2", List.of()), false);
		assertThat(cognito.resourceServer(pool.id(), "orders-api").name()).isEqualTo("Orders v2");
		assertThat(cognito.resourceServers(pool.id())).hasSize(1);
		cognito.deleteResourceServer(pool.id(), "orders-api");
		assertThat(cognito.resourceServers(pool.id())).isEmpty();
	}

}
