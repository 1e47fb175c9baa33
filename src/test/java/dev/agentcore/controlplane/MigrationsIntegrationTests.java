package dev.agentcore.controlplane;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import dev.agentcore.controlplane.support.SimulatedAwsTests;
import dev.agentcore.controlplane.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The migrations as the application runs them: the checks before the released ones, and the indexes. */
class MigrationsIntegrationTests extends SimulatedAwsTests {

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theApplicationsFlywayRunsThePreconditionChecks() {
		assertThat(List.of(flyway.getConfiguration().getCallbacks())).hasAtLeastOneElementOfType(MigrationPreconditions.class);
	}

	@Test
	void theNameFilterOfTheGatewayListIsServedByAnIndex() {
		assertThat(jdbc.sql("select indexdef from pg_indexes where tablename = 'gateways' and indexname = 'gateways_name'")
			.query(String.class).single()).contains("(name)");
		List<String> plan = transactions.execute(status -> {
			jdbc.sql("set local enable_seqscan = off").update();
			// The filter's query (Gateways.page) with its parameters as PostgreSQL plans them for one call.
			return jdbc.sql("""
					explain select * from gateways
					where (cast(null as text) is null or team = null)
					  and (cast(null as text) is null or phase = null)
					  and (cast('payments' as text) is null or name = 'payments')
					  and (cast(null as uuid) is null or id > null)
					order by id limit 51""").query(String.class).list();
		});
		assertThat(String.join("\n", plan)).contains("gateways_name");
	}

	@Test
	void namesDifferingOnlyInCaseStopTheMigrationWithTheNamesAndWhatToDo() {
		TestDatabase.Connection database = TestDatabase.isolated("migration_names_tests");
		flyway(database, "9").migrate();
		JdbcClient old = jdbc(database);
		insertGateway(old, "11111111-1111-1111-1111-111111111111", "Payments", null);
		insertGateway(old, "22222222-2222-2222-2222-222222222222", "payments", null);
		insertGateway(old, "33333333-3333-3333-3333-333333333333", "orders", null);

		assertThatThrownBy(() -> flyway(database, null).migrate()).satisfies(failure -> assertThat(messages(failure))
			.contains("differ only in case")
			.contains("Payments (id 11111111-1111-1111-1111-111111111111, team a)")
			.contains("payments (id 22222222-2222-2222-2222-222222222222, team a)")
			.doesNotContain("orders")
			.contains("update gateways set name"));
		assertThat(old.sql("select max(version) from flyway_schema_history where success").query(String.class).single())
			.as("nothing of V11 applied").isEqualTo("9");

		old.sql("update gateways set name = 'payments-2' where id = '22222222-2222-2222-2222-222222222222'").update();
		flyway(database, null).migrate();
	}

	@Test
	void twoRowsForOneAwsGatewayStopTheMigrationWithTheIdsAndWhatToDo() {
		TestDatabase.Connection database = TestDatabase.isolated("migration_aws_ids_tests");
		flyway(database, "11").migrate();
		JdbcClient old = jdbc(database);
		insertGateway(old, "44444444-4444-4444-4444-444444444444", "first", "first-a1b2c3d4e5");
		insertGateway(old, "55555555-5555-5555-5555-555555555555", "second", "first-a1b2c3d4e5");

		assertThatThrownBy(() -> flyway(database, null).migrate()).satisfies(failure -> assertThat(messages(failure))
			.contains("first-a1b2c3d4e5: first (id 44444444-4444-4444-4444-444444444444, team a), second (id "
					+ "55555555-5555-5555-5555-555555555555, team a)")
			.contains("delete from gateways where id")
			.contains("Do not delete them through the API"));
	}

	static Flyway flyway(TestDatabase.Connection database, String target) {
		var configuration = Flyway.configure()
			.dataSource(database.url(), database.username(), database.password())
			.locations("classpath:db/migration")
			.callbacks(new MigrationPreconditions());
		if (target != null) {
			configuration.target(target);
		}
		return configuration.load();
	}

	static JdbcClient jdbc(TestDatabase.Connection database) {
		return JdbcClient.create(new org.springframework.jdbc.datasource.DriverManagerDataSource(database.url(),
				database.username(), database.password()));
	}

	static void insertGateway(JdbcClient jdbc, String id, String name, String awsGatewayId) {
		jdbc.sql("""
				insert into gateways (id, team, name, spec, generation, version, created_at, updated_at, created_by,
				                      aws_gateway_id)
				values (cast(:id as uuid), 'a', :name, '{}', 1, 0, now(), now(), 'test', :aws)""")
			.param("id", id).param("name", name).param("aws", awsGatewayId).update();
	}

	/** The failure's messages down its causes: Flyway wraps what the callback raised. */
	static String messages(Throwable failure) {
		StringBuilder all = new StringBuilder();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			all.append(cause.getMessage()).append('\n');
		}
		return all.toString();
	}

}
