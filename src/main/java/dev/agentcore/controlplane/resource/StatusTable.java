package dev.agentcore.controlplane.resource;

import java.util.List;

/**
 * Where a kind of resource keeps its status: the table, and the columns that hold the identity
 * AWS gave it (null where the kind has none), plus columns that a forgotten identity clears too.
 */
public record StatusTable(String table, String idColumn, String arnColumn, String urlColumn,
		List<String> alsoClearedWithIdentity) {

	List<String> identityColumns() {
		return java.util.stream.Stream.of(idColumn, arnColumn, urlColumn).filter(java.util.Objects::nonNull).toList();
	}

}
