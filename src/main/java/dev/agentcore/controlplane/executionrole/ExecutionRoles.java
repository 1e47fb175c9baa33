package dev.agentcore.controlplane.executionrole;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

/** Every managed execution role, at most one per gateway. */
interface ExecutionRoles extends CrudRepository<ExecutionRole, UUID> {

	Optional<ExecutionRole> findByGatewayId(UUID gatewayId);

	@org.springframework.data.jdbc.repository.query.Query("""
			select r.id from execution_roles r join gateways g on g.id = r.gateway_id
			where g.placement_account_id = :accountId and r.phase <> 'READY' order by r.id""")
	List<UUID> notReadyIn(@org.springframework.data.repository.query.Param("accountId") String accountId);

	List<ExecutionRole> findByGatewayIdIn(Collection<UUID> gatewayIds);

	/** Cheap where most gateways have none: every change of every gateway asks. */
	@Query("select exists (select 1 from execution_roles where gateway_id = :gatewayId)")
	boolean existsForGateway(@Param("gatewayId") UUID gatewayId);

	@Query("select exists (select 1 from execution_roles where lower(name) = lower(:name))")
	boolean nameTaken(@Param("name") String name);

}
