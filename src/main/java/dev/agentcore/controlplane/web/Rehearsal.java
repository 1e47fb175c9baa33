package dev.agentcore.controlplane.web;

import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.ErrorResponseException;

/**
 * A change run exactly as the API runs it — the same checks, the same management call, the same
 * constraints of the database on the resource's own rows — in a transaction that is always rolled back: what it
 * would have made, or the problem it would have answered. Nothing is kept; nothing is queued for the provisioner
 * (the history, audit and queue writes a commit would have sent are dropped with the rest: {@code WritesAtCommit},
 * and it is woken only after a commit).
 *
 * @param result what the change would have made; null when refused
 * @param refusal the problem the API would have answered; null when accepted
 */
public record Rehearsal<T>(T result, ErrorResponseException refusal) {

	public static <T> Rehearsal<T> of(TransactionOperations transactions, Supplier<T> change) {
		return transactions.execute(status -> {
			status.setRollbackOnly();
			try {
				return new Rehearsal<>(change.get(), null);
			}
			catch (ErrorResponseException refused) {
				return new Rehearsal<>(null, refused);
			}
		});
	}

	public boolean accepted() {
		return refusal == null;
	}

}
