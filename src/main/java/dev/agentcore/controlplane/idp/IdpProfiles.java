package dev.agentcore.controlplane.idp;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

/** All IDP profiles, of every team. */
interface IdpProfiles extends CrudRepository<IdpProfile, UUID> {

	/** One keyset page; null filters match everything. */
	@Query("""
			select * from idp_profiles
			where (cast(:team as text) is null or team = :team)
			  and (cast(:provider as text) is null or spec ->> 'provider' = :provider)
			  and (cast(:name as text) is null or name = :name)
			  and (cast(:after as uuid) is null or id > :after)
			order by id
			limit :limit""")
	List<IdpProfile> page(@Param("team") String team, @Param("provider") String provider, @Param("name") String name,
			@Param("after") UUID after, @Param("limit") int limit);

	/** The profile if the caller may see it; otherwise 404, whether it exists or not. */
	default IdpProfile visible(dev.agentcore.controlplane.security.Caller caller, UUID id) {
		return findById(id).filter(profile -> caller.canSee(profile.team())).orElseThrow(() -> new IdpProfileNotFound(id));
	}

	@Query("select * from idp_profiles where team = :team order by id")
	List<IdpProfile> ofTeam(@Param("team") String team);

	/** Locks the profile against deletion until the transaction ends (a gateway is being pointed at it). */
	@Query("select * from idp_profiles where id = :id for share")
	java.util.Optional<IdpProfile> lockForUse(@Param("id") UUID id);

	/** Locks the profile for deletion: waits for transactions that are pointing gateways at it. */
	@Query("select * from idp_profiles where id = :id for update")
	java.util.Optional<IdpProfile> lockForRemoval(@Param("id") UUID id);

}
