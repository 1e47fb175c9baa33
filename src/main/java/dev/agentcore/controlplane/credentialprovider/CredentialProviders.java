package dev.agentcore.controlplane.credentialprovider;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

/** All credential providers, of every team. */
interface CredentialProviders extends CrudRepository<CredentialProvider, UUID> {

	/** One keyset page in creation order; null filters match everything. */
	@Query("""
			select * from credential_providers
			where (cast(:team as text) is null or team = :team)
			  and (cast(:phase as text) is null or phase = :phase)
			  and (cast(:name as text) is null or name = :name)
			  and (cast(:after as uuid) is null or id > :after)
			order by id
			limit :limit""")
	List<CredentialProvider> page(@Param("team") String team, @Param("phase") String phase, @Param("name") String name,
			@Param("after") UUID after, @Param("limit") int limit);

	/** Locks the row, so a target naming it and its deletion do not pass each other. */
	@Query("select * from credential_providers where id = :id for update")
	Optional<CredentialProvider> lockById(@Param("id") UUID id);

}
