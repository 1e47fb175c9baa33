package dev.agentcore.controlplane.provisioning;

import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.agentcore.controlplane.resource.Phase;

/**
 * Resources of one kind in one phase and one account and region, counted when scraped. A kind lives where its row
 * says ({@code placement_account_id}, {@code placement_region}), else where its gateway does ({@code gateway_id}),
 * else in the control plane's own account and region, whose label is {@value #OWN}.
 */
final class ResourceCounts {

	static final String OWN = "own";

	/** An account and region; {@link #HOME} is the control plane's own. */
	record Where(String account, String region) {

		static final Where HOME = new Where(OWN, OWN);

	}

	private final JdbcClient jdbc;

	private final String from;

	private final String placementColumns;

	/** @param columns the table's columns among placement_account_id and gateway_id */
	ResourceCounts(JdbcClient jdbc, String table, Set<String> columns) {
		this.jdbc = jdbc;
		if (columns.contains("placement_account_id")) {
			this.from = table + " r";
			this.placementColumns = "r.";
		}
		else if (columns.contains("gateway_id")) {
			this.from = table + " r left join gateways g on g.id = r.gateway_id";
			this.placementColumns = "g.";
		}
		else {
			this.from = table + " r";
			this.placementColumns = null;
		}
	}

	/** Whether resources of this kind live in other accounts and regions than the control plane's own. */
	boolean placed() {
		return placementColumns != null;
	}

	long count(Phase phase, Where where) {
		String sql = "select count(*) from " + from + " where r.phase = ?";
		if (placementColumns == null) {
			return where.equals(Where.HOME) ? jdbc.sql(sql).param(phase.name()).query(Long.class).single() : 0;
		}
		if (where.equals(Where.HOME)) {
			return jdbc.sql(sql + " and " + placementColumns + "placement_account_id is null")
				.param(phase.name())
				.query(Long.class)
				.single();
		}
		return jdbc.sql(sql + " and " + placementColumns + "placement_account_id = ? and " + placementColumns
				+ "placement_region = ?").params(phase.name(), where.account(), where.region()).query(Long.class).single();
	}

}
