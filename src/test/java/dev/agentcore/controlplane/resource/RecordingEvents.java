package dev.agentcore.controlplane.resource;

import java.util.function.Consumer;

/** The history without a database, for plain tests of its writers: each event goes to {@code sink} as "TYPE: message". */
public final class RecordingEvents extends ResourceEvents {

	private final Consumer<String> sink;

	public RecordingEvents(Consumer<String> sink) {
		super(null, null);
		this.sink = sink;
	}

	@Override
	public void record(ResourceRef ref, EventType type, String message, String actor, String awsRequestId) {
		sink.accept(type + ": " + message);
	}

}
