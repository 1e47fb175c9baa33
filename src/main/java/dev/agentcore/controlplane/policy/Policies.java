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

}
