package dev.agentcore.controlplane.resource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statement {@link StatusColumns#apply} would run, recorded instead of sent: each assigned column
 * with its expression and parameters, checked to be assigned once (PostgreSQL refuses a column
 * assigned twice in one UPDATE).
 */
final class RecordedStatement {

	/** One {@code column = expression} and the parameters of its placeholders. */
	record Assignment(String expression, List<Object> values) {

		Object value() {
			assertThat(values).as("parameters of " + expression).hasSize(1);
			return values.getFirst();
		}

	}

	final Map<String, Assignment> assignments = new LinkedHashMap<>();

	final UUID id;

	private RecordedStatement(String sql, UUID id, Object[] values) {
		this.id = id;
		int next = 0;
		for (String part : topLevel(sql)) {
			int equals = part.indexOf('=');
			String column = part.substring(0, equals).trim();
			String expression = part.substring(equals + 1).trim();
			int placeholders = (int) part.chars().filter(c -> c == '?').count();
			List<Object> parameters = new ArrayList<>();
			for (int i = 0; i < placeholders; i++) {
				parameters.add(values[next++]);
			}
			assertThat(assignments).as("'%s' is assigned once in: %s", column, sql).doesNotContainKey(column);
			assignments.put(column, new Assignment(expression, parameters));
		}
		assertThat(next).as("every parameter belongs to a placeholder").isEqualTo(values.length);
	}

	Assignment get(String column) {
		assertThat(assignments).as("assigned columns").containsKey(column);
		return assignments.get(column);
	}

	/** Splits at the commas between assignments, not those inside parentheses. */
	private static List<String> topLevel(String sql) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i < sql.length(); i++) {
			char c = sql.charAt(i);
			depth += c == '(' ? 1 : c == ')' ? -1 : 0;
			if (c == ',' && depth == 0) {
				parts.add(sql.substring(start, i));
				start = i + 1;
			}
		}
		parts.add(sql.substring(start));
		return parts;
	}

	/** Status columns of a table like {@code gateways}, recording statements instead of running them. */
	static final class Recorder extends StatusColumns {

		final List<RecordedStatement> statements = new ArrayList<>();

		Recorder(StatusTable table) {
			super(null, JsonMapper.builder().build(), table);
		}

		@Override
		protected void update(String assignments, UUID id, Object... values) {
			statements.add(new RecordedStatement(assignments, id, values));
		}

		/** The one statement applying {@code change} wrote. */
		RecordedStatement apply(StatusUpdate change) {
			UUID id = UUID.randomUUID();
			apply(id, change);
			assertThat(statements).hasSize(1);
			RecordedStatement statement = statements.removeFirst();
			assertThat(statement.id).isEqualTo(id);
			return statement;
		}

	}

}
