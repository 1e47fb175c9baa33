package dev.agentcore.controlplane.policy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.query.Param;

import dev.agentcore.controlplane.resource.ManagedResources;

/**
 * All policy engines, of every team. An engine's row lock ({@code lockById}) serializes changes to its policies
 * (validation sees a stable set, the limit holds).
 */
interface PolicyEngines extends ManagedResources<PolicyEngine> {

	@Query("select id from policy_engines where placement_account_id = :accountId and phase <> 'READY' order by id")
	List<UUID> notReadyIn(@Param("accountId") String accountId);

	@Query("select name from policy_engines where placement_account_id = :accountId order by name")
	List<String> namesIn(@Param("accountId") String accountId);

	@Query("select * from policy_engines where aws_policy_engine_arn = :arn")
	Optional<PolicyEngine> findByArn(@Param("arn") String arn);

	/** The engine whose ARN this is, however its letters are cased (a gateway's ARN must not slip past by case). */
	@Query("select * from policy_engines where lower(aws_policy_engine_arn) = lower(:arn) limit 1")
	Optional<PolicyEngine> findByArnIgnoringCase(@Param("arn") String arn);

}
