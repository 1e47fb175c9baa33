package dev.agentcore.controlplane.provisioning;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceChanged;
import dev.agentcore.controlplane.resource.ResourceType;

/**
 * Gauges of the work queue and of resources by kind, phase, account and region, read from the database when scraped;
 * the resource gauges of one scrape share one grouped count ({@link CountsPerScrape}).
 */
@Component
class ProvisioningMetrics implements SmartInitializingSingleton {

	private final MeterRegistry meters;

	private final JdbcClient jdbc;

	private final List<ResourceReconciler<?, ?, ?>> reconcilers;

	/** Set once the application is ready; until then there are no resource gauges. */
	private volatile ResourceCounts counts;

	private volatile CountsPerScrape<ResourceCounts.Series> perScrape;

	private final Set<ResourceCounts.Where> registered = ConcurrentHashMap.newKeySet();

	ProvisioningMetrics(MeterRegistry meters, JdbcClient jdbc, List<ResourceReconciler<?, ?, ?>> reconcilers) {
		this.meters = meters;
		this.jdbc = jdbc;
		this.reconcilers = reconcilers;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Gauge.builder("controlplane.provisioning.queue.due", this, m -> m.number(
				"select count(*) from scheduled_tasks where picked = false and execution_time <= now()"))
			.description("Reconciles due and not yet running")
			.register(meters);
		Gauge.builder("controlplane.provisioning.queue.oldest.due.seconds", this, m -> m.number("""
				select coalesce(extract(epoch from now() - min(execution_time)), 0) from scheduled_tasks
				where picked = false and execution_time <= now()"""))
			.description("How long the oldest due reconcile has waited")
			.baseUnit("seconds")
			.register(meters);
	}

	/**
	 * Every kind the provisioner reconciles, from its one registration (its ResourceReconciler): a new kind is counted
	 * without being named here. Once the application is ready, not while its context is built: the image's AOT
	 * training run builds the context without a database (JarStartupIntegrationTests).
	 */
	@EventListener(ApplicationReadyEvent.class)
	void registerKinds() {
		Map<String, Set<String>> placementColumns = new HashMap<>();
		jdbc.sql("""
				select table_name, column_name from information_schema.columns
				where table_schema = current_schema() and column_name in ('placement_account_id', 'gateway_id')""")
			.query((row, number) -> Map.entry(row.getString(1), row.getString(2)))
			.list()
			.forEach(column -> placementColumns.computeIfAbsent(column.getKey(), table -> new HashSet<>())
				.add(column.getValue()));
		Map<String, String> tables = new LinkedHashMap<>();
		reconcilers.forEach(reconciler -> tables.put(kind(reconciler.kind()), reconciler.status().table()));
		ResourceCounts kinds = new ResourceCounts(jdbc, tables, placementColumns);
		perScrape = new CountsPerScrape<>(kinds::count);
		counts = kinds; // last: an account declared meanwhile registers its series once both are set
		register(ResourceCounts.Where.HOME);
		registerPlacements();
	}

	/**
	 * An account declared or changed adds the series of its regions for the kinds that live there (a gateway may only
	 * be placed where an account allows it); in the declaring transaction, so the next scrape has them. Gateways
	 * themselves trigger nothing: a POST must not scan the gateways.
	 */
	@EventListener
	void on(ResourceChanged changed) {
		if (changed.ref().type() == ResourceType.ACCOUNT && counts != null) {
			registerAccountRegions();
		}
	}

	/** At start: every account's regions, and where gateways already live (also in the own account's other regions). */
	private void registerPlacements() {
		registerAccountRegions();
		jdbc.sql("""
				select distinct placement_account_id, placement_region from gateways
				where placement_account_id is not null""")
			.query((row, number) -> new ResourceCounts.Where(row.getString(1), row.getString(2)))
			.list()
			.forEach(this::register);
	}

	private void registerAccountRegions() {
		jdbc.sql("select name, jsonb_array_elements_text(spec -> 'regions') from accounts")
			.query((row, number) -> new ResourceCounts.Where(row.getString(1), row.getString(2)))
			.list()
			.forEach(this::register);
	}

	/** The series of every kind that can live in {@code where}, by phase; each scrape counts them all at once. */
	private void register(ResourceCounts.Where where) {
		if (!registered.add(where)) {
			return;
		}
		for (String kind : counts.kinds()) {
			if (!where.equals(ResourceCounts.Where.HOME) && !counts.placed(kind)) {
				continue;
			}
			for (Phase phase : Phase.values()) {
				ResourceCounts.Series series = new ResourceCounts.Series(kind, phase.name(), where);
				Gauge.builder("controlplane.resources", perScrape, scrape -> scrape.read(series))
					.description("Resources by kind, phase, and the account and region they live in ('own': the "
							+ "control plane's own)")
					.tags("kind", kind, "phase", phase.name(), "account", where.account(), "region", where.region())
					.register(meters);
			}
		}
		perScrape.forget();
	}

	/** The metric's kind label: gateway, target, idp_profile, policy_engine, policy, execution_role. */
	static String kind(ResourceType type) {
		return type.name().toLowerCase(Locale.ROOT);
	}

	private double number(String sql) {
		return jdbc.sql(sql).query(Number.class).optional().map(Number::doubleValue).orElse(0.0);
	}

}
