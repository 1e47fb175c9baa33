package dev.agentcore.controlplane.gatewayrule;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

/** All gateway rules, of every gateway. */
interface Rules extends CrudRepository<GatewayRule, UUID> {

	@Query("""
			select * from gateway_rules
			where gateway_id = :gatewayId
			  and (cast(:phase as text) is null or phase = :phase)
			  and (cast(:after as uuid) is null or id > :after)
			order by id
			limit :limit""")
	List<GatewayRule> page(@Param("gatewayId") UUID gatewayId, @Param("phase") String phase, @Param("after") UUID after,
			@Param("limit") int limit);

	/** Whether another rule of the gateway holds {@code priority} (the unique index's question, asked without waiting). */
	@Query("""
			select exists (select 1 from gateway_rules
			where gateway_id = :gatewayId and (spec ->> 'priority')::integer = :priority and id <> :id)""")
	boolean priorityTaken(@Param("gatewayId") UUID gatewayId, @Param("priority") int priority, @Param("id") UUID id);

	@Query("select * from gateway_rules where gateway_id = :gatewayId order by id")
	List<GatewayRule> allOf(@Param("gatewayId") UUID gatewayId);

}
