package dev.agentcore.controlplane;

import java.util.List;

/**
 * Value types a module stores as PostgreSQL {@code jsonb} in its aggregates. Each module declares
 * a bean of this type; {@link JdbcConfiguration} registers the converters for all of them.
 *
 * @param types the value types, serialized with the application's JSON mapper
 */
public record JsonColumns(List<Class<?>> types) {

	public static JsonColumns of(Class<?>... types) {
		return new JsonColumns(List.of(types));
	}

}
