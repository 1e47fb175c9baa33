package dev.agentcore.controlplane.gateway;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.StatementLog;

import static dev.agentcore.controlplane.support.Fixtures.openGateway;
import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #27: what one accepted gateway costs the database in the request (spec, event, audit, reconcile job) stays
 * at what it needs, so it cannot grow silently; the round trips are counted by a JDBC proxy on the request's thread
 * (a commit the driver does not send, because the writes sent with it ended the transaction, is not one).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "controlplane.provisioning.enabled=false")
@Import(StatementLog.Configuration.class)
class GatewayPostStatementsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	StatementLog statements;

	@Test
	void onePostOfAGatewayTakesOneTransactionOfFewStatements() {
		Api api = Api.asTeam(port, unique("team"));
		api.post("/api/v1/gateways", openGateway(unique("Warm")));
		statements.clear();
		Http.Response created = api.post("/api/v1/gateways", openGateway(unique("Counted")));
		assertThat(created.status()).as(created.body()).isEqualTo(202);
		List<StatementLog.Entry> sent = statements.of(thread -> thread.startsWith("http-nio"));
		assertThat(sent.stream().filter(StatementLog.Entry::isCommit)).as("transactions: %s", sent).hasSize(1);
		assertThat(sent).as("the listeners take the gateway the change saved instead of reading it back")
			.noneMatch(entry -> entry.sql().startsWith("select * from gateways"));
		assertThat(sent).as("a POST scans no table (the metrics' placements come from the accounts)")
			.noneMatch(entry -> entry.sql().contains("select distinct"));
		assertThat(sent).as("a gateway declared with its own role has no managed role to look for")
			.noneMatch(entry -> entry.sql().contains("from execution_roles where gateway_id"));
		assertThat(sent).as("the team's accounts (where a gateway without a placement goes) were read by the first POST")
			.noneMatch(entry -> entry.sql().contains("from accounts"));
		// The row, the foreign-name check of its role, then its event, the reconcile job and the audit record with its
		// JSON Patch sent with the commit (WritesAtCommit): one more is a regression to look at (issue #27).
		assertThat(sent.getLast().sql()).as("written with the commit").contains("insert into resource_events",
				"insert into scheduled_tasks", "insert into audit_records").endsWith("; commit");
		assertThat(sent).as("round trips of one POST: %s", sent).hasSizeLessThanOrEqualTo(3);
	}

}
