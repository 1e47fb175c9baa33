package dev.agentcore.controlplane;

import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value of the current transaction: made on first use, dropped when the transaction completes; there is none
 * outside a transaction. For what a transaction remembers of itself (the gateways it saved, the resources it queued
 * for their turn).
 */
public final class TransactionScoped<T> {

	private final Supplier<T> initial;

	public TransactionScoped(Supplier<T> initial) {
		this.initial = initial;
	}

	/** This transaction's value; null before the first {@link #obtain()}, and outside a transaction. */
	@SuppressWarnings("unchecked")
	public T current() {
		return TransactionSynchronizationManager.isSynchronizationActive()
				? (T) TransactionSynchronizationManager.getResource(this) : null;
	}

	/** This transaction's value, made now if it has none; null outside a transaction. */
	@SuppressWarnings("unchecked")
	public T obtain() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		T value = (T) TransactionSynchronizationManager.getResource(this);
		if (value == null) {
			value = initial.get();
			TransactionSynchronizationManager.bindResource(this, value);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(TransactionScoped.this);
				}
			});
		}
		return value;
	}

}
