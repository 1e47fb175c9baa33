package dev.agentcore.controlplane.policy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

/** All policy engines, of every team. */
interface PolicyEngines extends CrudRepository<PolicyEngine, UUID> {

	/** One keyset page in creation order; null filters match everything. */
	@Query("""
			select * from policy_engines
			where (cast(:team as text) is null or team = :team)
			  and (cast(:phase as text) is null or phase = :phase)
			  and (cast(:name as text) is null or name = :name)
			  and (cast(:after as uuid) is null or id > :after)
			order by id
			limit :limit""")
	List<PolicyEngine> page(@Param("team") String team, @Param("phase") String phase, @Param("name") String name,
			@Param("after") UUID after, @Param("limit") int limit);

	/** Locks the engine row, serializing changes to its policies (validation sees a stable set, the limit holds). */
	@Query("select id from policy_engines where placement_account_id = :accountId and phase <> 'READY' order by id")
	List<UUID> notReadyIn(@Param("accountId") String accountId);

	@Query("select name from policy_engines where placement_account_id = :accountId order by name")
	List<String> namesIn(@Param("accountId") String accountId);

	@Query("select * from policy_engines where id = :id for update")
	Optional<PolicyEngine> lockById(@Param("id") UUID id);

	@Query("select * from policy_engines where aws_policy_engine_arn = :arn")
	Optional<PolicyEngine> findByArn(@Param("arn") String arn);

	/** The engine whose ARN this is, however its letters are cased (a gateway's ARN must not slip past by case). */
	@Query("select * from policy_engines where lower(aws_policy_engine_arn) = lower(:arn) limit 1")
	Optional<PolicyEngine> findByArnIgnoringCase(@Param("arn") String arn);

}
