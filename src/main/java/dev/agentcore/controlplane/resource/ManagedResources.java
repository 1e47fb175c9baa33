package dev.agentcore.controlplane.resource;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.query.Param;

/**
 * The queries every kind whose resources belong to a team shares, written once for its repository: a keyset page in
 * creation order and the row locked. {@code #{#tableName}} is the kind's table, as Spring Data JDBC maps it.
 *
 * @param <T> the aggregate
 */
@NoRepositoryBean
public interface ManagedResources<T> extends CrudRepository<T, UUID> {

	/** One keyset page in creation order; null filters match everything. */
	@Query("""
			select * from #{#tableName}
			where (cast(:team as text) is null or team = :team)
			  and (cast(:phase as text) is null or phase = :phase)
			  and (cast(:name as text) is null or name = :name)
			  and (cast(:after as uuid) is null or id > :after)
			order by id
			limit :limit""")
	List<T> page(@Param("team") String team, @Param("phase") String phase, @Param("name") String name,
			@Param("after") UUID after, @Param("limit") int limit);

	/** Locks the row until the transaction ends; what a kind serializes with it is the kind's to say. */
	@Query("select * from #{#tableName} where id = :id for update")
	Optional<T> lockById(@Param("id") UUID id);

}
