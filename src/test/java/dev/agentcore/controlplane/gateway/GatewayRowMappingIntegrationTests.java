package dev.agentcore.controlplane.gateway;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.agentcore.controlplane.account.Placement;
import dev.agentcore.controlplane.resource.Lifecycle;
import dev.agentcore.controlplane.resource.ResourceStatus;
import dev.agentcore.controlplane.support.Accessors;
import dev.agentcore.controlplane.web.Ids;

import static dev.agentcore.controlplane.support.Accessors.read;
import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GatewayReads} (hand-mapped, for GET's speed) and the repository map the same {@code gateways}
 * row: on a row with every column set, both show every column, identically, and what was read
 * writes back unchanged. A new column fails here until both mappings (or the list of columns the
 * aggregate does not map) know it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRowMappingIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GatewayReads reads;

	@Autowired
	Gateways gateways;

	@Autowired
	PlatformTransactionManager transactions;

	EveryColumnGatewayRow row;

	final List<UUID> inserted = new ArrayList<>();

	@BeforeEach
	void insertRowWithEveryColumnSet() {
		row = new EveryColumnGatewayRow();
		row.insert(jdbc);
		inserted.add(row.id);
	}

	/** The rows go again: other tests share the database, and a gateway being deleted is no fixture of theirs. */
	@AfterEach
	void deleteRows() {
		jdbc.sql("delete from gateways where id in (:ids)").param("ids", inserted).update();
		jdbc.sql("delete from idp_profiles where id = ?").param(row.profileId).update();
	}

	@Test
	void everyColumnOfTheTableIsCovered() {
		Set<String> table = new TreeSet<>(jdbc.sql("""
				select column_name from information_schema.columns
				where table_schema = current_schema() and table_name = 'gateways'""").query(String.class).list());
		assertThat(table).as("columns of gateways: map each in Gateway, GatewayReads and EveryColumnGatewayRow")
			.isEqualTo(new TreeSet<>(row.columns.keySet()));
		assertThat(row.columns.entrySet().stream().filter(column -> column.getValue().accessor() == null)
			.map(java.util.Map.Entry::getKey).collect(java.util.stream.Collectors.toSet()))
			.isEqualTo(EveryColumnGatewayRow.NOT_IN_AGGREGATE);
	}

	@Test
	void everyColumnHoldsSomethingElseThanItsDefault() {
		UUID minimal = Ids.newId();
		inserted.add(minimal);
		jdbc.sql("""
				insert into gateways (id, team, name, spec, generation, version, created_at, updated_at, created_by)
				values (?, 'defaults', ?, cast('{}' as jsonb), 1, 0, now(), now(), 'someone')""")
			.params(minimal, unique("Defaults"))
			.update();
		JsonNode defaults = rowAsJson(minimal);
		JsonNode full = rowAsJson(row.id);
		for (String column : row.columns.keySet()) {
			assertThat(full.get(column)).as("%s is set to something else than a row of defaults has", column)
				.isNotEqualTo(defaults.get(column));
			assertThat(full.get(column).isNull()).as("%s is set", column).isFalse();
		}
	}

	@Test
	void everyAccessorIsCovered() {
		Set<String> expected = new HashSet<>(EveryColumnGatewayRow.DERIVED);
		row.columns.values().stream().filter(column -> column.accessor() != null).forEach(column -> expected.add(column.accessor()));
		assertThat(new TreeSet<>(accessors())).as("accessors of Gateway, ResourceStatus and AwsGateway")
			.isEqualTo(new TreeSet<>(expected));
		for (RecordComponent member : GatewaySpec.class.getRecordComponents()) {
			assertThat(read(row.spec, member.getName())).as("spec member %s is set in the row", member.getName()).isNotNull();
		}
	}

	@Test
	void bothReadsShowEveryColumn() {
		Gateway hand = reads.find(row.id).orElseThrow();
		Gateway repository = gateways.findById(row.id).orElseThrow();
		Gateway locked = gateways.lockById(row.id).orElseThrow();
		Gateway paged = gateways.page(row.team, null, null, null, 10).getFirst();
		for (EveryColumnGatewayRow.Column column : row.columns.values()) {
			if (column.accessor() == null) {
				continue;
			}
			assertThat(read(hand, column.accessor())).as("GatewayReads: %s", column.accessor()).isEqualTo(column.expected());
			assertThat(read(repository, column.accessor())).as("Gateways.findById: %s", column.accessor())
				.isEqualTo(column.expected());
			assertThat(read(locked, column.accessor())).as("Gateways.lockById: %s", column.accessor())
				.isEqualTo(column.expected());
			assertThat(read(paged, column.accessor())).as("Gateways.page: %s", column.accessor()).isEqualTo(column.expected());
		}
		for (String accessor : accessors()) {
			assertThat(read(hand, accessor)).as("%s read both ways", accessor).isEqualTo(read(repository, accessor));
		}
		assertThat(hand.deletionRequested()).isTrue();
		assertThat(hand.ref()).isEqualTo(repository.ref());
		assertThat(hand).usingRecursiveComparison().isEqualTo(repository);
	}

	@Test
	void whatGatewayReadsFoundWritesBackUnchanged() {
		JsonNode before = rowAsJson();
		Gateway saved = gateways.save(reads.find(row.id).orElseThrow());
		assertThat(saved.version()).isEqualTo(4);
		JsonNode after = rowAsJson();
		assertThat(after.get("version").asInt()).isEqualTo(4);
		((ObjectNode) before).remove("version");
		((ObjectNode) after).remove("version");
		assertThat(after).as("every column but the version, after saving what GatewayReads mapped").isEqualTo(before);
	}

	/** A POST's hand-written insert (issue #27) writes every column the repository's insert writes, the same way. */
	@Test
	void theHandWrittenInsertWritesWhatTheRepositorysInsertWrites() {
		Placement placement = new Placement("210987654321", "eu-west-1");
		// Every member set but the managed role: what a managed role names must not be another team's (other tests').
		GatewaySpec every = row.spec;
		GatewaySpec spec = new GatewaySpec(every.description(), every.roleArn(), every.authorizer(), every.protocol(),
				every.kmsKeyArn(), every.exceptionLevel(), every.tags(), every.interceptors(), every.policyEngine(),
				every.ownedMembers(), null, every.resourcePolicy(), every.oauthReturnUrls());
		new TransactionTemplate(transactions).executeWithoutResult(transaction -> {
			Gateway byRepository = gateways.save(Gateway.declare(row.team, unique("Saved"), spec, placement, "someone"));
			Gateway byHand = gateways.insertDeclared(Gateway.declare(row.team, unique("Inserted"), spec, placement,
					"someone"));
			assertThat(byHand.version()).isEqualTo(byRepository.version()).isZero();
			JsonNode saved = rowAsJson(byRepository.id());
			JsonNode insertedByHand = rowAsJson(byHand.id());
			for (String differs : List.of("id", "name", "created_at", "updated_at")) {
				((ObjectNode) saved).remove(differs);
				((ObjectNode) insertedByHand).remove(differs);
			}
			assertThat(insertedByHand).as("every other column, inserted by hand and by the repository").isEqualTo(saved);
			assertThat(reads.findChanged(byHand.id()).orElseThrow()).as("as this transaction saved it").isSameAs(byHand);
			transaction.setRollbackOnly();
		});
	}

	private JsonNode rowAsJson() {
		return rowAsJson(row.id);
	}

	private JsonNode rowAsJson(UUID id) {
		String text = jdbc.sql("select to_jsonb(g)::text from gateways g where id = ?").param(id).query(String.class).single();
		return JsonMapper.builder().build().readTree(text);
	}

	/** Public accessors of Gateway; those of its lifecycle, status and AWS part as {@code status.x} and so on. */
	static Set<String> accessors() {
		return Accessors.of(Gateway.class, Set.of(Lifecycle.class, ResourceStatus.class, AwsGateway.class));
	}

}
