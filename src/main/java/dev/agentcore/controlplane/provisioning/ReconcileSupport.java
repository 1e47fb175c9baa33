package dev.agentcore.controlplane.provisioning;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import dev.agentcore.controlplane.resource.ResourceEvents;
import dev.agentcore.controlplane.resource.StatusColumns;

/**
 * What every reconciler shares: the history, transactions and application events for its reports, settings, the queue, and
 * AgentCore's quotas, which a kind keeps around its AWS work (targets: concurrent operations per gateway).
 */
@Component
class ReconcileSupport {

	private final ResourceEvents events;

	private final TransactionOperations transactions;

	private final ApplicationEventPublisher announcements;

	final ProvisioningSettings settings;

	final ProvisioningQueue queue;

	final RateLimits limits;

	ReconcileSupport(ResourceEvents events, TransactionOperations transactions, ApplicationEventPublisher announcements,
			ProvisioningSettings settings, ProvisioningQueue queue, RateLimits limits) {
		this.events = events;
		this.transactions = transactions;
		this.announcements = announcements;
		this.settings = settings;
		this.queue = queue;
		this.limits = limits;
	}

	Report report(StatusColumns status, Managed row) {
		return new Report(status, events, transactions, announcements, row);
	}

}
