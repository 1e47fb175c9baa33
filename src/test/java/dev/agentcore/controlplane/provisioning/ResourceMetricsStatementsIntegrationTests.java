package dev.agentcore.controlplane.provisioning;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.StatementLog;
import dev.agentcore.controlplane.support.TestDatabase;

import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one Prometheus scrape costs the database does not grow with the accounts, regions and kinds: the series of
 * {@code controlplane_resources} share one grouped count taken for the scrape (it was one count per kind, phase and
 * placement: 273 statements with nine kinds and 3 accounts of 2 regions). A database of its own: the accounts declared here
 * must not reach other tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "controlplane.provisioning.enabled=false")
@Import(StatementLog.Configuration.class)
class ResourceMetricsStatementsIntegrationTests {

	private static final List<String> ACCOUNTS = List.of("111111111111", "222222222222", "333333333333");

	@LocalServerPort
	int port;

	@Autowired
	StatementLog statements;

	@DynamicPropertySource
	static void isolatedDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", TestDatabase.isolated("resource_metrics_statements")::url);
	}

	@Test
	void oneScrapeCountsTheResourcesInOneStatementHoweverManyAccountsAndRegions() {
		Api admin = Api.asAdmin(port);
		List<StatementLog.Entry> home = scrape(admin);
		String team = unique("counted");
		for (String account : ACCOUNTS) {
			Http.Response declared = admin.post("/api/v1/accounts", """
					{"accountId": "%s", "regions": ["us-east-1", "eu-west-1"],
					 "roleArn": "arn:aws:iam::%<s:role/AgentCoreControlPlaneAccess", "externalId": "local-external-id",
					 "teams": ["%s"]}""".formatted(account, team));
			assertThat(declared.status()).as(declared.body()).isEqualTo(202);
		}
		List<StatementLog.Entry> placed = scrape(admin);
		assertThat(admin.get("/actuator/prometheus").body()).as("a placement without resources shows 0")
			.contains("controlplane_resources{account=\"333333333333\",kind=\"gateway\",phase=\"READY\",region=\"eu-west-1\"} 0.0",
					"controlplane_resources{account=\"own\",kind=\"idp_profile\",phase=\"FAILED\",region=\"own\"} 0.0");
		assertThat(placed.stream().filter(ResourceMetricsStatementsIntegrationTests::readsResources).count())
			.as("statements reading the resources in one scrape").isEqualTo(1);
		// The resources' count and the five of the provisioning and webhook queues: one more is a regression to look at.
		assertThat(placed.size()).as("statements of one scrape with 3 accounts of 2 regions, %s without", home.size())
			.isEqualTo(home.size())
			.isLessThanOrEqualTo(6);
	}

	/** The statements one scrape sends, on the request's thread. */
	private List<StatementLog.Entry> scrape(Api admin) {
		statements.clear();
		Http.Response scraped = admin.get("/actuator/prometheus");
		assertThat(scraped.status()).isEqualTo(200);
		return statements.of(thread -> thread.startsWith("http-nio"));
	}

	private static boolean readsResources(StatementLog.Entry entry) {
		return entry.sql().matches(".* from (gateways|idp_profiles|policy_engines|execution_roles|accounts)\\b.*");
	}

}
