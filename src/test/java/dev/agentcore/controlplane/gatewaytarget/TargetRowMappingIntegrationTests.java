package dev.agentcore.controlplane.gatewaytarget;

import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.agentcore.controlplane.resource.Lifecycle;
import dev.agentcore.controlplane.resource.ResourceStatus;
import dev.agentcore.controlplane.support.Accessors;

import static dev.agentcore.controlplane.support.Accessors.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Targets have one mapping of their row (the repository; no hand-mapped read): on a row with every
 * column set it shows every column, and what it read writes back unchanged. A new column fails here
 * until the aggregate (or the list of columns it does not map) knows it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TargetRowMappingIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GatewayTargets targets;

	EveryColumnTargetRow row;

	@BeforeEach
	void insertRowWithEveryColumnSet() {
		row = new EveryColumnTargetRow();
		row.insert(jdbc);
	}

	@AfterEach
	void deleteRows() {
		jdbc.sql("delete from gateway_targets where id = ?").param(row.id).update();
		jdbc.sql("delete from gateways where id = ?").param(row.gatewayId).update();
	}

	@Test
	void everyColumnOfTheTableIsCoveredAndSet() {
		Set<String> table = new TreeSet<>(jdbc.sql("""
				select column_name from information_schema.columns
				where table_schema = current_schema() and table_name = 'gateway_targets'""").query(String.class).list());
		assertThat(table).as("columns of gateway_targets: map each in GatewayTarget and EveryColumnTargetRow")
			.isEqualTo(new TreeSet<>(row.columns.keySet()));
		assertThat(row.columns.entrySet().stream().filter(column -> column.getValue().accessor() == null)
			.map(java.util.Map.Entry::getKey).collect(Collectors.toSet())).isEqualTo(EveryColumnTargetRow.NOT_IN_AGGREGATE);
		JsonNode stored = rowAsJson();
		row.columns.keySet().forEach(column -> assertThat(stored.get(column).isNull()).as("%s is set", column).isFalse());
	}

	@Test
	void everyAccessorIsCovered() {
		Set<String> expected = new HashSet<>(EveryColumnTargetRow.DERIVED);
		row.columns.values().stream().filter(column -> column.accessor() != null).forEach(column -> expected.add(column.accessor()));
		assertThat(new TreeSet<>(Accessors.of(GatewayTarget.class, Set.of(Lifecycle.class, ResourceStatus.class, AwsTarget.class))))
			.isEqualTo(new TreeSet<>(expected));
		for (RecordComponent member : TargetSpec.class.getRecordComponents()) {
			assertThat(read(row.spec, member.getName())).as("spec member %s is set in the row", member.getName()).isNotNull();
		}
	}

	@Test
	void everyReadShowsEveryColumn() {
		GatewayTarget found = targets.findById(row.id).orElseThrow();
		GatewayTarget paged = targets.page(row.gatewayId, null, null, null, 10).getFirst();
		GatewayTarget listed = targets.allOf(row.gatewayId).getFirst();
		for (EveryColumnTargetRow.Column column : row.columns.values()) {
			if (column.accessor() != null) {
				assertThat(read(found, column.accessor())).as("findById: %s", column.accessor()).isEqualTo(column.expected());
				assertThat(read(paged, column.accessor())).as("page: %s", column.accessor()).isEqualTo(column.expected());
				assertThat(read(listed, column.accessor())).as("allOf: %s", column.accessor()).isEqualTo(column.expected());
			}
		}
		assertThat(found.deletionRequested()).isTrue();
		assertThat(found.ref().scopeId()).isEqualTo(row.gatewayId);
	}

	@Test
	void whatWasReadWritesBackUnchanged() {
		JsonNode before = rowAsJson();
		assertThat(targets.save(targets.findById(row.id).orElseThrow()).version()).isEqualTo(4);
		JsonNode after = rowAsJson();
		assertThat(after.get("version").asInt()).isEqualTo(4);
		((ObjectNode) before).remove("version");
		((ObjectNode) after).remove("version");
		assertThat(after).isEqualTo(before);
	}

	private JsonNode rowAsJson() {
		String text = jdbc.sql("select to_jsonb(t)::text from gateway_targets t where id = ?").param(row.id)
			.query(String.class).single();
		return JsonMapper.builder().build().readTree(text);
	}

}
