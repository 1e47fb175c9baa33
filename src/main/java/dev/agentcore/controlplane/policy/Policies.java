package dev.agentcore.controlplane.policy;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

/** All policies, of every engine. */
interface Policies extends CrudRepository<Policy, UUID> {

	@Query("""
			select * from policies
			where policy_engine_id = :engineId
			  and (cast(:phase as text) is null or phase = :phase)
			  and (cast(:after as uuid) is null or id > :after)
			order by id
			limit :limit""")
	List<Policy> page(@Param("engineId") UUID engineId, @Param("phase") String phase, @Param("after") UUID after,
			@Param("limit") int limit);

	@Query("select count(*) from policies where policy_engine_id = :engineId")
	long countByEngine(@Param("engineId") UUID engineId);

	@Query("select * from policies where policy_engine_id = :engineId order by id")
	List<Policy> allOf(@Param("engineId") UUID engineId);

	/** The statements an engine evaluates (not those being deleted), without mapping whole aggregates. */
	@Query("""
			select id, name, spec->>'statement' as statement from policies
			where policy_engine_id = :engineId and deletion_requested_at is null order by id""")
	List<LiveStatement> liveStatementsOf(@Param("engineId") UUID engineId);

	/** A policy's statement as its engine evaluates it. */
	record LiveStatement(UUID id, String name, String statement) {
	}

}
