package dev.agentcore.controlplane.policy;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.query.Param;

import dev.agentcore.controlplane.resource.ManagedResources;

/**
 * All policy engines, of every team. An engine's row lock ({@code lockById}) serializes changes to its policies
 * (validation sees a stable set, the limit holds).
 */
interface PolicyEngines extends ManagedResources<PolicyEngine> {

	@Query("select * from policy_engines where aws_policy_engine_arn = :arn")
	Optional<PolicyEngine> findByArn(@Param("arn") String arn);

	/** The engine whose ARN this is, however its letters are cased (a gateway's ARN must not slip past by case). */
	@Query("select * from policy_engines where lower(aws_policy_engine_arn) = lower(:arn) limit 1")
	Optional<PolicyEngine> findByArnIgnoringCase(@Param("arn") String arn);

}
