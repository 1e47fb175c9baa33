package dev.agentcore.controlplane.gateway;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.query.Param;

import dev.agentcore.controlplane.resource.ManagedResources;

/**
 * All gateways, of every team. A gateway's row lock ({@code lockById}) serializes changes to its targets (the
 * per-gateway target limit).
 */
interface Gateways extends ManagedResources<Gateway>, GatewayDeclarations {

	/** The gateways (not being deleted) whose spec attaches a policy engine, by our id or by its ARN (indexed). */
	@Query("""
			select * from gateways
			where deletion_requested_at is null and spec->'policyEngine' is not null
			  and (spec->'policyEngine'->>'policyEngineId' = cast(:engineId as text)
			       or spec->'policyEngine'->>'arn' = cast(:arn as text))
			order by id""")
	List<Gateway> attaching(@Param("engineId") UUID engineId, @Param("arn") String arn);

	/** The gateways that manage these AWS gateways (imports, the account's inventory). */
	@Query("select * from gateways where aws_gateway_id in (:awsIds)")
	List<Gateway> managing(@Param("awsIds") java.util.Collection<String> awsIds);

	@Query("select * from gateways where lower(name) in (:names)")
	List<Gateway> named(@Param("names") java.util.Collection<String> names);

	@Query("select id from gateways where placement_account_id = :accountId and phase <> 'READY' order by id")
	List<UUID> notReadyIn(@Param("accountId") String accountId);

	@Query("select name from gateways where placement_account_id = :accountId order by name")
	List<String> namesIn(@Param("accountId") String accountId);

	@Query("select id from gateways where idp_profile_id = :profileId order by id")
	List<UUID> idsUsingProfile(@Param("profileId") UUID profileId);

	@Query("select * from gateways where idp_profile_id = :profileId and deletion_requested_at is null")
	List<Gateway> usingProfile(@Param("profileId") UUID profileId);

}
