package dev.agentcore.controlplane.permissions;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which declarations of other teams name a resource: their targets and gateways, and their managed roles. */
@Component
class DeclaredResources {

	/** Spec fragments are plain maps and lists of strings. */
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	DeclaredResources(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether a target or gateway of a team other than {@code team} names the resource. */
	boolean namedByAnotherTeam(String team, NamedResource resource) {
		return containsAny("gateway_targets", team, resource.inTargets())
				|| containsAny("gateways", team, resource.inGateways());
	}

	/** Whether {@code roleArn} is the managed execution role of another team's gateway (IAM role names ignore case). */
	boolean managedRoleOfAnotherTeam(String team, String roleArn) {
		String name = roleArn.substring(roleArn.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
		Optional<Integer> found = jdbc.sql("select 1 from execution_roles where lower(name) = :name and team <> :team "
				+ "limit 1").param("name", name).param("team", team).query(Integer.class).optional();
		return found.isPresent();
	}

	private boolean containsAny(String table, String team, List<Map<String, Object>> fragments) {
		if (fragments.isEmpty()) {
			return false;
		}
		return jdbc.sql("select 1 from " + table + " d, jsonb_array_elements(cast(:fragments as jsonb)) f "
				+ "where d.team <> :team and d.spec @> f.value limit 1")
			.param("fragments", JSON.writeValueAsString(fragments))
			.param("team", team)
			.query(Integer.class)
			.optional()
			.isPresent();
	}

}
