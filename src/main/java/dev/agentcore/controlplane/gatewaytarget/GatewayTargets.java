package dev.agentcore.controlplane.gatewaytarget;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

/** All gateway targets. */
interface GatewayTargets extends CrudRepository<GatewayTarget, UUID> {

	@Query("""
			select * from gateway_targets
			where gateway_id = :gatewayId
			  and (cast(:phase as text) is null or phase = :phase)
			  and (cast(:type as text) is null or type = :type)
			  and (cast(:after as uuid) is null or id > :after)
			order by id
			limit :limit""")
	List<GatewayTarget> page(@Param("gatewayId") UUID gatewayId, @Param("phase") String phase,
			@Param("type") String type, @Param("after") UUID after, @Param("limit") int limit);

	@Query("select count(*) from gateway_targets where gateway_id = :gatewayId")
	long countByGateway(@Param("gatewayId") UUID gatewayId);

	@Query("select * from gateway_targets where gateway_id = :gatewayId and aws_target_id = :awsTargetId")
	java.util.Optional<GatewayTarget> managing(@Param("gatewayId") UUID gatewayId, @Param("awsTargetId") String awsTargetId);

	@Query("select * from gateway_targets where gateway_id = :gatewayId order by id")
	List<GatewayTarget> allOf(@Param("gatewayId") UUID gatewayId);

	/** The targets whose credentials name a credential provider by id, being deleted or not. */
	@Query("select * from gateway_targets where spec -> 'credentials' ->> 'providerId' = :providerId order by id")
	List<GatewayTarget> namingProvider(@Param("providerId") String providerId);

}
