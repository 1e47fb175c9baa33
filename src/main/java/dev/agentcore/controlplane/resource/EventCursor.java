package dev.agentcore.controlplane.resource;

import java.util.List;

import dev.agentcore.controlplane.web.Page;
import dev.agentcore.controlplane.web.PageRequest;

/** Keyset paging of events, newest first: the cursor is the id below which the next page starts. */
public record EventCursor(int limit, Long before) {

	public static EventCursor of(Integer limit, String cursor) {
		PageRequest checked = PageRequest.of(limit, null);
		Long before = null;
		if (cursor != null && !cursor.isBlank()) {
			try {
				before = Long.parseLong(cursor);
			}
			catch (NumberFormatException ex) {
				throw PageRequest.invalidCursor();
			}
		}
		return new EventCursor(checked.limit(), before);
	}

	public Page<ResourceEvent> page(List<ResourceEvent> rowsPlusOne) {
		if (rowsPlusOne.size() <= limit) {
			return new Page<>(rowsPlusOne, null);
		}
		List<ResourceEvent> items = List.copyOf(rowsPlusOne.subList(0, limit));
		return new Page<>(items, Long.toString(items.getLast().id()));
	}

}
