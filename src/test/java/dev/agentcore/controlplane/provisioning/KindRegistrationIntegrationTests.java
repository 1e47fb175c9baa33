package dev.agentcore.controlplane.provisioning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import dev.agentcore.controlplane.resource.ResourceType;
import dev.agentcore.controlplane.stream.SseClient;
import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Await;
import dev.agentcore.controlplane.support.ContractRequests;
import dev.agentcore.controlplane.support.Fixtures;
import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.SimulatedAwsTests;
import dev.agentcore.controlplane.support.TestIssuer;
import dev.agentcore.controlplane.webhook.WebhookReceiver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kind registered once (its reconciler and {@link ResourceKind}) is everywhere it must be: the
 * {@code controlplane_resources} metric, the resource types, the control plane's own IAM policy as the permissions
 * planner writes it, a table made from the {@code managed_resource_columns} template, the event stream, the
 * webhooks and the audit trail, and, where they apply, plans and imports (a kind they do not apply to says why
 * here). A kind that skips one fails here (see the recipe in {@code provisioning/package-info.java}). On the
 * simulated account, whose STS tells the planner the account a managed role's ARN is in.
 */
@TestPropertySource(properties = { "controlplane.webhooks.encryption-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
		"controlplane.webhooks.polling-interval=200ms", "controlplane.webhooks.fanout-interval=100ms" })
class KindRegistrationIntegrationTests extends SimulatedAwsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Resource types that are not provisioned in AWS. */
	private static final Set<ResourceType> NOT_PROVISIONED = EnumSet.of(ResourceType.WEBHOOK);

	/** Kinds that belong to no team, with why: a team's webhooks and its audit filter see its own resources only. */
	private static final Map<ResourceType, String> OF_NO_TEAM = Map.of(ResourceType.ACCOUNT,
			"accounts belong to the admins (Account.OWNER); the admins' stream and audit show them");

	/** Kinds no caller changes, so the audit trail (what callers did) has nothing of theirs, with why. */
	private static final Map<ResourceType, String> NOT_AUDITED = Map.of(ResourceType.EXECUTION_ROLE,
			"the control plane decides every change of a managed role; its history names the provisioner");

	/** Kinds a plan does not rehearse, with why; every other kind's create call is in a plan's AWS calls. */
	private static final Map<ResourceType, String> NOT_PLANNED = Map.of(
			ResourceType.IDP_PROFILE, "plans rehearse gateways and targets; a profile's change is checked live instead",
			ResourceType.POLICY_ENGINE, "plans rehearse gateways and targets; an engine has no AWS-side what-if",
			ResourceType.POLICY, "a policy's what-if is its own endpoint (authorization checks), not a plan",
			ResourceType.CREDENTIAL_PROVIDER, "a provider's secret is write-only: a rehearsal would have to hold it",
			ResourceType.ACCOUNT, "an account is checked live (AssumeRole, GetCallerIdentity); AWS has nothing to rehearse");

	/** Where each importable kind is imported (a profile comes with the gateway that uses it). */
	private static final Map<ResourceType, String> IMPORTS = Map.of(ResourceType.GATEWAY, "/api/v1/gateways/imports",
			ResourceType.TARGET, "/api/v1/gateways/%s/targets/imports", ResourceType.IDP_PROFILE,
			"/api/v1/gateways/imports", ResourceType.GATEWAY_RULE, "/api/v1/gateways/imports");

	/** Kinds that are not imported, with why. */
	private static final Map<ResourceType, String> NOT_IMPORTED = Map.of(
			ResourceType.EXECUTION_ROLE, "a managed role is the control plane's own; an imported gateway keeps its role ARN",
			ResourceType.POLICY_ENGINE, "not yet: imports cover what a gateway team console-created (gateways, targets)",
			ResourceType.POLICY, "not yet: imports cover what a gateway team console-created (gateways, targets)",
			ResourceType.CREDENTIAL_PROVIDER, "AgentCore never returns a provider's secret: declare it with the secret",
			ResourceType.ACCOUNT, "an account is the control plane's own access to AWS, declared by an admin");

	@Autowired
	List<ResourceReconciler<?, ?, ?>> kinds;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyKindIsCountedByPhase() {
		String scrape = Api.asAdmin(port).get("/actuator/prometheus").body();
		for (ResourceReconciler<?, ?, ?> kind : kinds) {
			assertThat(scrape).as(kind.kind().name()).contains("controlplane_resources{account=\"own\",kind=\""
					+ kind.kind().name().toLowerCase(Locale.ROOT) + "\",phase=\"READY\",region=\"own\"}");
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
		// A resource policy too: the gateway kind calls its three operations for a gateway that declares one.
		String gateway = created(team.post("/api/v1/gateways", ContractRequests.managedRoleGateway(Fixtures.unique("Iam"))
			.replaceFirst("}$", ", \"resourcePolicy\": {\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Deny\", "
					+ "\"Principal\": \"*\", \"Action\": \"bedrock-agentcore:InvokeGateway\", \"Resource\": \"*\"}}, "
					+ "\"oauthReturnUrls\": [\"https://app.example.com/done\"]}")));
		String oauth2 = created(team.post("/api/v1/credential-providers", """
				{"name": "%s", "type": "OAUTH2", "vendor": "GithubOauth2", "oauth2": {"clientId": "c", "clientSecret": "s"}}"""
			.formatted(Fixtures.unique("oauth"))));
		String apiKey = created(team.post("/api/v1/credential-providers",
				"{\"name\": \"%s\", \"type\": \"API_KEY\", \"apiKey\": \"k\"}".formatted(Fixtures.unique("key"))));
		String account = created(Api.asAdmin(port).post("/api/v1/accounts", """
				{"accountId": "%s", "regions": ["us-east-1"], "roleArn": "arn:aws:iam::%<s:role/Access", "externalId": "x1"}"""
			.formatted(String.valueOf(100_000_000_000L + Math.floorMod(System.nanoTime(), 899_999_999_999L)))));
		Set<String> granted = new TreeSet<>();
		granted.addAll(actions(team.get("/api/v1/gateways/" + gateway + "/permissions"), "callerPolicy"));
		granted.addAll(actions(team.get("/api/v1/policy-engines/" + engine + "/permissions"), "callerPolicy"));
		granted.addAll(actions(team.get("/api/v1/idp-profiles/" + profile + "/permissions"), "controlPlanePolicy"));
		granted.addAll(actions(team.get("/api/v1/credential-providers/" + oauth2 + "/permissions"), "callerPolicy"));
		granted.addAll(actions(team.get("/api/v1/credential-providers/" + apiKey + "/permissions"), "callerPolicy"));
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

	/**
	 * One resource of every kind, declared the way the API (or, for a managed role, its gateway) declares it, reaches
	 * the team's event stream, its webhooks and, for the kinds callers change, the audit trail. A new kind is declared
	 * in {@link #declareOneOfEach}.
	 */
	@Test
	void everyKindReachesTheEventStreamTheWebhooksAndTheAuditTrail() {
		String team = Fixtures.unique("reach");
		String token = TestIssuer.get().token(team, "controlplane:write", "controlplane:admin");
		Api api = Api.withToken(port, token);
		Set<ResourceType> registered = EnumSet.noneOf(ResourceType.class);
		kinds.forEach(kind -> registered.add(kind.kind()));
		try (WebhookReceiver receiver = new WebhookReceiver();
				SseClient stream = SseClient.connect(port, token, null, null)) {
			assertThat(stream.status()).isEqualTo(200);
			created(api.post("/api/v1/webhooks", """
					{"url": "%s", "description": "every kind"}""".formatted(receiver.url())));
			declareOneOfEach(api);

			Set<ResourceType> streamed = EnumSet.noneOf(ResourceType.class);
			stream.until(message -> streamed.add(ResourceType.valueOf(message.data().get("resourceType").asString()))
					&& streamed.containsAll(registered), Duration.ofSeconds(30));
			assertThat(streamed).as("kinds whose events reached the team's event stream").containsAll(registered);

			Set<ResourceType> delivered = Await.until(Duration.ofSeconds(30), "a webhook delivery of every kind", () -> {
				Set<ResourceType> types = EnumSet.noneOf(ResourceType.class);
				receiver.received()
					.forEach(delivery -> JSON.readTree(delivery.body())
						.findValues("resourceType")
						.forEach(type -> types.add(ResourceType.valueOf(type.asString()))));
				return types.containsAll(ofTeams(registered)) ? types : null;
			}, () -> "delivered so far: " + receiver.received().size() + ", of the kinds " + receiver.received()
				.stream()
				.flatMap(delivery -> JSON.readTree(delivery.body()).findValues("resourceType").stream())
				.map(JsonNode::asString)
				.collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
			assertThat(delivered).containsAll(ofTeams(registered));
		}
		Map<ResourceType, String> unaudited = new EnumMap<>(ResourceType.class);
		for (ResourceType kind : registered) {
			if (!NOT_AUDITED.containsKey(kind) && !OF_NO_TEAM.containsKey(kind)) {
				JsonNode page = ok(api.get("/api/v1/audit?team=" + team + "&resourceType=" + kind)).get("items");
				if (page.isEmpty()) {
					unaudited.put(kind, "no audit record");
				}
			}
		}
		assertThat(unaudited).as("caller-changed kinds missing from the audit trail").isEmpty();
	}

	/** Declares one resource of every registered kind for the team; returns the gateway's id. */
	private static Set<ResourceType> ofTeams(Set<ResourceType> kinds) {
		Set<ResourceType> ofTeams = EnumSet.copyOf(kinds);
		ofTeams.removeAll(OF_NO_TEAM.keySet());
		return ofTeams;
	}

	private static String declareOneOfEach(Api api) {
		created(api.post("/api/v1/idp-profiles", """
				{"name": "%s", "provider": "COGNITO", "managed": {"resourceServer": {"identifier": "api", "scopes": ["read"]},
				 "clients": [{"name": "agent", "scopes": ["api/read"]}]}}""".formatted(Fixtures.unique("pool"))));
		String engine = created(api.post("/api/v1/policy-engines",
				"{\"name\": \"%s\"}".formatted(Fixtures.unique("engine").replace('-', '_'))));
		created(api.post("/api/v1/policy-engines/" + engine + "/policies",
				ContractRequests.policy(Fixtures.unique("allow").replace('-', '_'), "permit(principal, action, resource is AgentCore::Gateway);")));
		String gateway = created(api.post("/api/v1/gateways", ContractRequests.managedRoleGateway(Fixtures.unique("Reach"))));
		created(api.post("/api/v1/gateways/" + gateway + "/targets", ownLambdaTarget()));
		created(api.post("/api/v1/gateways/" + gateway + "/rules", "{\"priority\": 10, \"route\": {\"target\": \"weather\"}}"));
		created(api.post("/api/v1/credential-providers",
				"{\"name\": \"%s\", \"type\": \"API_KEY\", \"apiKey\": \"k\"}".formatted(Fixtures.unique("key"))));
		created(api.post("/api/v1/accounts", """
				{"accountId": "%s", "regions": ["us-east-1"], "roleArn": "arn:aws:iam::%<s:role/Access", "externalId": "x1"}"""
			.formatted(String.valueOf(100_000_000_000L + Math.floorMod(System.nanoTime(), 899_999_999_999L)))));
		return gateway;
	}

	/**
	 * A plan's AWS calls include every planned kind's create call (a new gateway with a managed role, and a new
	 * target); a kind plans do not rehearse says why in {@link #NOT_PLANNED}.
	 */
	@Test
	void everyKindIsInAPlanOrSaysWhyNot() {
		Api team = Api.asTeam(port, Fixtures.unique("plans"));
		String gateway = created(team.post("/api/v1/gateways", ContractRequests.managedRoleGateway(Fixtures.unique("Plan"))));
		created(team.post("/api/v1/gateways/" + gateway + "/targets", ownLambdaTarget()));
		Set<String> planned = new TreeSet<>();
		for (Http.Response plan : List.of(
				team.post("/api/v1/gateways/plans", ContractRequests.managedRoleGateway(Fixtures.unique("Planned"))),
				team.post("/api/v1/gateways/" + gateway + "/targets/plans", ownLambdaTarget().replace("weather", "other")),
				team.post("/api/v1/gateways/" + gateway + "/rules/plans", "{\"priority\": 7, \"route\": {\"target\": \"weather\"}}"))) {
			assertThat(ok(plan).get("accepted").asBoolean()).as(plan.body()).isTrue();
			plan.json().get("awsCalls")
				.forEach(call -> planned.add(call.get("service").asString() + ":" + call.get("operation").asString()));
		}
		Map<ResourceType, List<String>> unplanned = new TreeMap<>();
		for (ResourceReconciler<?, ?, ?> kind : kinds) {
			List<String> calls = kind.declaration().iamActions();
			if (!NOT_PLANNED.containsKey(kind.kind()) && calls.stream().noneMatch(planned::contains)) {
				unplanned.put(kind.kind(), calls);
			}
		}
		assertThat(unplanned).as("kinds none of whose calls a plan forecasts (planned: " + planned
				+ "); forecast them in ProvisioningForecast, or say why not in NOT_PLANNED").isEmpty();
	}

	/** Every kind is imported somewhere (the endpoint answers a request missing its fields with 400) or says why not. */
	@Test
	void everyKindIsImportableOrSaysWhyNot() {
		Api team = Api.asTeam(port, Fixtures.unique("imports"));
		String gateway = created(team.post("/api/v1/gateways", Fixtures.openGateway(Fixtures.unique("Import"))));
		Map<ResourceType, String> undecided = new TreeMap<>();
		for (ResourceReconciler<?, ?, ?> kind : kinds) {
			String path = IMPORTS.get(kind.kind());
			if (path == null) {
				if (!NOT_IMPORTED.containsKey(kind.kind())) {
					undecided.put(kind.kind(), "neither imported (IMPORTS) nor saying why not (NOT_IMPORTED)");
				}
				continue;
			}
			Http.Response response = team.post(path.formatted(gateway), "{}");
			if (response.status() != 400) {
				undecided.put(kind.kind(), path + " answered " + response.status() + " to a request without fields");
			}
		}
		assertThat(undecided).isEmpty();
	}

	/** A Lambda target on a function of its own: another team's target on the same function would be refused. */
	private static String ownLambdaTarget() {
		return Fixtures.lambdaTarget("weather").replace(":weather", ":" + Fixtures.unique("weather"));
	}

	private static JsonNode ok(Http.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
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

	private static String created(Http.Response response) {
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
