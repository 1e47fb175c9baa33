package dev.agentcore.controlplane.resource;

/**
 * Where an event stands in commit order: its writing transaction, then its id within it. Readers
 * of the history in this order ({@link CommittedEvents}) see every event exactly once, however
 * the transactions that wrote them interleaved.
 *
 * @param tx the writing transaction's id ({@code pg_current_xact_id()})
 * @param id the event's id
 */
public record EventPosition(long tx, long id) implements Comparable<EventPosition> {

	/** Before every event. */
	public static final EventPosition START = new EventPosition(0, 0);

	@Override
	public int compareTo(EventPosition other) {
		int byTx = Long.compare(tx, other.tx);
		return byTx != 0 ? byTx : Long.compare(id, other.id);
	}

	public boolean isAfter(EventPosition other) {
		return compareTo(other) > 0;
	}

}
