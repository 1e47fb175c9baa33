package dev.agentcore.controlplane.provisioning;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.agentcore.controlplane.resource.ResourceType;
import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.ContractRequests;
import dev.agentcore.controlplane.support.Fixtures;
import dev.agentcore.controlplane.support.SimulatedAwsTests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kind registered once (its reconciler and {@link ResourceKind}) is everywhere it must be: the
 * {@code controlplane_resources} metric, the resource types, the control plane's own IAM policy as the permissions
 * planner writes it, and a table made from the {@code managed_resource_columns} template. A kind that skips one
 * fails here (see the recipe in {@code provisioning/package-info.java}). On the simulated account, whose STS
 * tells the planner the account a managed role's ARN is in.
 */
class KindRegistrationIntegrationTests extends SimulatedAwsTests {

	/** Resource types that are not provisioned in AWS. */
	private static final Set<ResourceType> NOT_PROVISIONED = EnumSet.of(ResourceType.WEBHOOK);

	@Autowired
	List<ResourceReconciler<?, ?, ?>> kinds;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyKindIsCountedByPhase() {
		String scrape = Api.asAdmin(port).get("/actuator/prometheus").body();
		for (ResourceReconciler<?, ?, ?> kind : kinds) {
			assertThat(scrape).as(kind.kind().name()).contains("controlplane_resources{kind=\""
					+ kind.kind().name().toLowerCase(Locale.ROOT) + "\",phase=\"READY\"}");
		}
	}

	@Test
	void everyProvisionedResourceTypeIsOneRegisteredKind() {
		List<ResourceType> registered = kinds.stream().map(ResourceReconciler::kind).toList();
		assertThat(registered).doesNotHaveDuplicates();
		assertThat(EnumSet.complementOf(EnumSet.copyOf(NOT_PROVISIONED))).containsExactlyInAnyOrderElementsOf(registered);
	}

	/**
	 * A kind that waits for another is woken by it (READY or a new generation before converging, DELETED before
	 * deleting), so it does not sit out its poll: the few that poll say so here, with why.
	 */
	@Test
	void whatAKindWaitsForWakesIt() {
		Map<ResourceType, ResourceKind<?, ?, ?>> declared = new TreeMap<>();
		kinds.forEach(kind -> declared.put(kind.kind(), kind.declaration()));
		Set<String> polling = Set.of(
				// the profile's publication announces the gateways it changes (ResourceChanged wakes them)
				"GATEWAY waits for IDP_PROFILE",
				// a profile outlives the gateways that use it; its deletion looks again every few polls
				"IDP_PROFILE waits for GATEWAY");
		List<String> unwoken = new ArrayList<>();
		declared.forEach((type, kind) -> {
			for (Wait<?> wait : kind.waits()) {
				if (!wakes(declared.get(wait.on()), type, Wake.When.READY, Wake.When.GENERATION_APPLIED)) {
					unwoken.add(type + " waits for " + wait.on());
				}
			}
			for (Wait<?> wait : kind.deleteWaits()) {
				if (!wakes(declared.get(wait.on()), type, Wake.When.DELETED)) {
					unwoken.add(type + " waits for " + wait.on());
				}
			}
		});
		assertThat(unwoken).containsExactlyInAnyOrderElementsOf(polling);
	}

	private static boolean wakes(ResourceKind<?, ?, ?> waited, ResourceType waiting, Wake.When... when) {
		return waited.wakes().stream()
			.anyMatch(wake -> wake.kind() == waiting && List.of(when).contains(wake.when()));
	}

	/** What the planner tells the control plane's identity to hold, for one resource of every kind, grants each kind's calls. */
	@Test
	void theControlPlanesOwnPolicyGrantsWhatEveryKindCalls() {
		Api team = Api.asTeam(port, Fixtures.unique("iam"));
		String profile = created(team.post("/api/v1/idp-profiles", """
				{"name": "%s", "provider": "COGNITO", "managed": {"resourceServer": {"identifier": "api", "scopes": ["read"]},
				 "clients": [{"name": "agent", "scopes": ["api/read"]}]}}""".formatted(Fixtures.unique("pool"))));
		String engine = created(team.post("/api/v1/policy-engines",
				"{\"name\": \"%s\"}".formatted(Fixtures.unique("engine").replace('-', '_'))));
		String gateway = created(team.post("/api/v1/gateways", ContractRequests.managedRoleGateway(Fixtures.unique("Iam"))));
		String account = created(Api.asAdmin(port).post("/api/v1/accounts", """
				{"accountId": "%s", "regions": ["us-east-1"], "roleArn": "arn:aws:iam::%<s:role/Access", "externalId": "x1"}"""
			.formatted(String.valueOf(100_000_000_000L + Math.floorMod(System.nanoTime(), 899_999_999_999L)))));
		Set<String> granted = new TreeSet<>();
		granted.addAll(actions(team.get("/api/v1/gateways/" + gateway + "/permissions"), "callerPolicy"));
		granted.addAll(actions(team.get("/api/v1/policy-engines/" + engine + "/permissions"), "callerPolicy"));
		granted.addAll(actions(team.get("/api/v1/idp-profiles/" + profile + "/permissions"), "controlPlanePolicy"));
		granted.addAll(actions(Api.asAdmin(port).get("/api/v1/accounts/" + account + "/permissions"), "controlPlanePolicy"));

		Map<ResourceType, List<String>> missing = new TreeMap<>();
		for (ResourceReconciler<?, ?, ?> kind : kinds) {
			List<String> calls = kind.declaration().iamActions();
			assertThat(calls).as(kind.kind() + " declares what its client calls").isNotEmpty();
			List<String> notGranted = calls.stream().filter(action -> !granted.contains(action)).toList();
			if (!notGranted.isEmpty()) {
				missing.put(kind.kind(), notGranted);
			}
		}
		assertThat(missing).as("actions the control plane's policy does not grant, by kind").isEmpty();
	}

	/** Every managed table has the template's columns, with its types, nullability and defaults. */
	@Test
	void everyKindsTableHasTheTemplatesColumns() {
		Map<String, String> template = columns("managed_resource_columns");
		assertThat(template).containsKeys("phase", "observed_generation", "aws_status_reasons", "generation");
		for (ResourceReconciler<?, ?, ?> kind : kinds) {
			String table = kind.status().table();
			Map<String, String> columns = columns(table);
			List<String> drift = new ArrayList<>();
			template.forEach((column, shape) -> {
				if (!shape.equals(columns.get(column))) {
					drift.add(column + ": " + columns.get(column) + " instead of " + shape);
				}
			});
			assertThat(drift).as(table).isEmpty();
		}
	}

	/** Each column's type, nullability and default. */
	private Map<String, String> columns(String table) {
		Map<String, String> columns = new TreeMap<>();
		jdbc.sql("""
				select column_name, udt_name || ' ' || is_nullable || ' ' || coalesce(column_default, '-') as shape
				from information_schema.columns where table_schema = current_schema() and table_name = ?""")
			.param(table)
			.query((row, index) -> columns.put(row.getString("column_name"), row.getString("shape")))
			.list();
		return columns;
	}

	private static String created(dev.agentcore.controlplane.support.Http.Response response) {
		assertThat(response.status()).as(response.body()).isIn(201, 202);
		return response.json().get("id").asString();
	}

	private static Set<String> actions(dev.agentcore.controlplane.support.Http.Response response, String field) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode policy = response.json().get(field);
		assertThat(policy).as(response.body()).isNotNull();
		Set<String> actions = new TreeSet<>();
		for (JsonNode statement : policy.get("Statement")) {
			if (!"Allow".equals(statement.get("Effect").asString())) {
				continue;
			}
			JsonNode action = statement.get("Action");
			if (action.isArray()) {
				action.forEach(one -> actions.add(one.asString()));
			}
			else {
				actions.add(action.asString());
			}
		}
		return actions;
	}

}
