package dev.agentcore.controlplane.gateway;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.idp.GatewayUsage;

/** Tells the IDP module which gateways use a profile. */
@Component
class GatewaysUsingProfiles implements GatewayUsage {

	private final Gateways gateways;

	private final JdbcClient jdbc;

	GatewaysUsingProfiles(Gateways gateways, JdbcClient jdbc) {
		this.gateways = gateways;
		this.jdbc = jdbc;
	}

	@Override
	public List<UUID> gatewaysUsing(UUID profileId) {
		return gateways.idsUsingProfile(profileId);
	}

	@Override
	public Map<UUID, Long> countsFor(Collection<UUID> profileIds) {
		if (profileIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select idp_profile_id, count(*) from gateways where idp_profile_id in (:ids) group by idp_profile_id")
			.param("ids", profileIds)
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
