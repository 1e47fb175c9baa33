package dev.agentcore.controlplane.provisioning;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.agentcore.controlplane.support.SimulatedAwsTests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #27: the queue's own bookkeeping commits without waiting for the disk, on connections of its own; the
 * application's changes (with the reconcile job they queue) keep waiting for it.
 */
class QueueConnectionsIntegrationTests extends SimulatedAwsTests {

	@Autowired
	QueueConnections queue;

	@Autowired
	DataSource application;

	@Test
	void theQueuesConnectionsDoNotWaitForTheDiskAndTheApplicationsDo() {
		assertThat(setting(queue.dataSource())).isEqualTo("off (session)");
		// The tests' database itself does not wait for the disk; the application's connections keep what it says.
		assertThat(setting(application)).doesNotEndWith("(session)");
		assertThat(queue.dataSource()).isNotSameAs(application);
	}

	@Test
	void theQueueStillRunsOnThem() {
		assertThat(JdbcClient.create(queue.dataSource()).sql("select count(*) from scheduled_tasks").query(Long.class).single())
			.isNotNegative();
	}

	private static String setting(DataSource dataSource) {
		return JdbcClient.create(dataSource).sql("select setting || ' (' || source || ')' from pg_settings where name = 'synchronous_commit'").query(String.class).single();
	}

}
