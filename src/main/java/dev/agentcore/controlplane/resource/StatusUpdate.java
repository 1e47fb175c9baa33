package dev.agentcore.controlplane.resource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one reconcile learned and decided about a resource's status, written by
 * {@link StatusColumns#apply} as one statement. Later calls override earlier ones field by field,
 * so a reconcile can report as it goes and still write once.
 */
public final class StatusUpdate {

	Phase phase;

	String message;

	boolean messageSet;

	String awsStatus;

	List<String> awsStatusReasons;

	AwsIdentity identity;

	boolean forgetIdentity;

	Long readyGeneration;

	ProvisioningError error;

	Integer attempts;

	Instant nextAttemptAt;

	boolean terminal;

	Instant reconciledAt;

	final List<ColumnWrite> columns = new ArrayList<>();

	/** Moves to {@code phase}; the transition time changes only when the phase does. */
	public StatusUpdate phase(Phase phase, String message) {
		this.phase = phase;
		return message(message);
	}

	public StatusUpdate message(String message) {
		this.message = message;
		this.messageSet = true;
		return this;
	}

	public StatusUpdate awsStatus(String status, List<String> reasons) {
		this.awsStatus = status;
		this.awsStatusReasons = reasons == null ? List.of() : List.copyOf(reasons);
		return this;
	}

	/** Records the AWS identity, ending a pending create. */
	public StatusUpdate identity(AwsIdentity identity) {
		this.identity = identity;
		this.forgetIdentity = false;
		return this;
	}

	/** AWS no longer has the resource (deleted out of band, or a failed one removed): create it again. */
	public StatusUpdate forgetIdentity() {
		this.identity = null;
		this.forgetIdentity = true;
		return this;
	}

	/** The latest generation is in AWS and AWS says it is ready: errors and retries are cleared. */
	public StatusUpdate ready(long observedGeneration, String message) {
		this.readyGeneration = observedGeneration;
		this.error = null;
		this.attempts = 0;
		this.nextAttemptAt = null;
		this.terminal = false;
		return phase(Phase.READY, message);
	}

	/** A terminal failure: nothing happens until the spec changes or a reconcile is requested. */
	public StatusUpdate failed(ProvisioningError error, String message) {
		this.readyGeneration = null;
		this.error = error;
		this.terminal = true;
		this.attempts = null;
		this.nextAttemptAt = null;
		return phase(Phase.FAILED, message);
	}

	/** A retryable failure: the phase stays, the next attempt is scheduled. */
	public StatusUpdate retrying(ProvisioningError error, int attempts, Instant nextAttemptAt, String message) {
		this.readyGeneration = null;
		this.error = error;
		this.terminal = false;
		this.attempts = attempts;
		this.nextAttemptAt = nextAttemptAt;
		return message(message);
	}

	public StatusUpdate reconciledAt(Instant at) {
		this.reconciledAt = at;
		return this;
	}

	/**
	 * Also writes columns only the kind knows (a gateway's workload identity, a target's
	 * synchronization), built by the kind's {@link StatusColumns} subclass; applied in order after the
	 * status statement, in the same transaction.
	 */
	public StatusUpdate also(ColumnWrite write) {
		columns.add(write);
		return this;
	}

	/** The phase this update moves to, or null when it leaves the phase alone. */
	public Phase phase() {
		return phase;
	}

	public boolean isEmpty() {
		return statusIsEmpty() && columns.isEmpty();
	}

	boolean statusIsEmpty() {
		return phase == null && !messageSet && awsStatus == null && identity == null && !forgetIdentity
				&& readyGeneration == null && error == null && attempts == null && reconciledAt == null;
	}

	/**
	 * The identity AWS gave a resource; members a kind of resource lacks are null.
	 *
	 * @param id AWS's id of the resource
	 * @param arn its ARN
	 * @param url its endpoint (a gateway's MCP URL)
	 */
	public record AwsIdentity(String id, String arn, String url) {
	}

	/**
	 * A write of a kind's own columns, as a value: built by {@link StatusColumns} subclasses (never run
	 * where it is built), and applied by {@link StatusColumns#apply} with the rest of an update.
	 */
	public static final class ColumnWrite {

		final String assignments;

		final Object[] values;

		ColumnWrite(String assignments, Object[] values) {
			this.assignments = assignments;
			this.values = values.clone();
		}

		@Override
		public String toString() {
			return assignments;
		}

	}

}
