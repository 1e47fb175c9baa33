package dev.agentcore.controlplane.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

/** All accounts the control plane provisions into. */
interface Accounts extends CrudRepository<Account, UUID> {

	/** One keyset page in creation order. */
	@Query("""
			select * from accounts
			where (cast(:after as uuid) is null or id > :after)
			order by id
			limit :limit""")
	List<Account> page(@Param("after") UUID after, @Param("limit") int limit);

	@Query("select * from accounts where name = :accountId")
	Optional<Account> findByAccountId(@Param("accountId") String accountId);

	/** The accounts a team may use, in account order. */
	@Query("select * from accounts where spec -> 'teams' @> jsonb_build_array(cast(:team as text)) order by name")
	List<Account> usableBy(@Param("team") String team);

}
