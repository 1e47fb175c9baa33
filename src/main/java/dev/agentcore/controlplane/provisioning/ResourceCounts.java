package dev.agentcore.controlplane.provisioning;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The resources of every kind by phase and by the account and region they live in, counted by one grouped statement.
 * A kind lives where its row says ({@code placement_account_id}, {@code placement_region}), else where its gateway
 * does ({@code gateway_id}), else in the control plane's own account and region, whose label is {@value #OWN}.
 */
final class ResourceCounts {

	static final String OWN = "own";

	/** An account and region; {@link #HOME} is the control plane's own. */
	record Where(String account, String region) {

		static final Where HOME = new Where(OWN, OWN);

	}

	/** One series of the metric: resources of a kind in a phase and a place. */
	record Series(String kind, String phase, Where where) {
	}

	private final JdbcClient jdbc;

	private final List<String> kinds;

	private final Set<String> placed;

	private final String sql;

	/**
	 * @param tables each kind's table
	 * @param columns each table's columns among placement_account_id and gateway_id
	 */
	ResourceCounts(JdbcClient jdbc, Map<String, String> tables, Map<String, Set<String>> columns) {
		this.jdbc = jdbc;
		this.kinds = List.copyOf(tables.keySet());
		Set<String> placed = new HashSet<>();
		StringJoiner sql = new StringJoiner(" union all ");
		tables.forEach((kind, table) -> {
			Set<String> placement = columns.getOrDefault(table, Set.of());
			if (placement.contains("placement_account_id") || placement.contains("gateway_id")) {
				placed.add(kind);
			}
			sql.add(select(kind, table, placement));
		});
		this.placed = Set.copyOf(placed);
		this.sql = sql.toString();
	}

	/** The counts of one kind by phase, account and region (null: the control plane's own). */
	private static String select(String kind, String table, Set<String> placement) {
		if (placement.contains("placement_account_id")) {
			return "select '" + kind + "', r.phase, r.placement_account_id, r.placement_region, count(*) from " + table
					+ " r group by 2, 3, 4";
		}
		if (placement.contains("gateway_id")) {
			return "select '" + kind + "', r.phase, g.placement_account_id, g.placement_region, count(*) from " + table
					+ " r left join gateways g on g.id = r.gateway_id group by 2, 3, 4";
		}
		return "select '" + kind + "', r.phase, cast(null as text), cast(null as text), count(*) from " + table
				+ " r group by 2";
	}

	/** The kinds counted, in the order given. */
	List<String> kinds() {
		return kinds;
	}

	/** Whether resources of {@code kind} live in other accounts and regions than the control plane's own. */
	boolean placed(String kind) {
		return placed.contains(kind);
	}

	/** Every series that has resources, with how many: the others have none. */
	Map<Series, Long> count() {
		Map<Series, Long> counts = new HashMap<>();
		jdbc.sql(sql).query((row, number) -> {
			String account = row.getString(3);
			Where where = account == null ? Where.HOME : new Where(account, row.getString(4));
			return Map.entry(new Series(row.getString(1), row.getString(2), where), row.getLong(5));
		}).list().forEach(counted -> counts.merge(counted.getKey(), counted.getValue(), Long::sum));
		return counts;
	}

}
