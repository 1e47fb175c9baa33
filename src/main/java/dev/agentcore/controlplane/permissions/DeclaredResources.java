package dev.agentcore.controlplane.permissions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

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

	/** The first of {@code named} that a target or gateway of a team other than {@code team} names too. */
	Optional<NamedResource> firstNamedByAnotherTeam(String team, List<NamedResource> named) {
		OptionalInt inTargets = first("gateway_targets", team, named, NamedResource::inTargets);
		OptionalInt inGateways = first("gateways", team, named, NamedResource::inGateways);
		int first = Math.min(inTargets.orElse(Integer.MAX_VALUE), inGateways.orElse(Integer.MAX_VALUE));
		return first == Integer.MAX_VALUE ? Optional.empty() : Optional.of(named.get(first));
	}

	/** Whether {@code roleArn} is the managed execution role of another team's gateway (IAM role names ignore case). */
	boolean managedRoleOfAnotherTeam(String team, String roleArn) {
		String name = roleArn.substring(roleArn.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
		Optional<Integer> found = jdbc.sql("select 1 from execution_roles where lower(name) = :name and team <> :team "
				+ "limit 1").param("name", name).param("team", team).query(Integer.class).optional();
		return found.isPresent();
	}

	/** One scan of the table for all fragments: the index of the first resource one of whose fragments matches. */
	private OptionalInt first(String table, String team, List<NamedResource> named,
			Function<NamedResource, List<Map<String, Object>>> fragmentsOf) {
		List<Map<String, Object>> fragments = new ArrayList<>();
		List<Integer> owners = new ArrayList<>();
		for (int i = 0; i < named.size(); i++) {
			for (Map<String, Object> fragment : fragmentsOf.apply(named.get(i))) {
				fragments.add(fragment);
				owners.add(i);
			}
		}
		if (fragments.isEmpty()) {
			return OptionalInt.empty();
		}
		List<Integer> matched = jdbc.sql("select distinct cast(f.i as integer) - 1 from " + table + " d, "
				+ "jsonb_array_elements(cast(:fragments as jsonb)) with ordinality as f(value, i) "
				+ "where d.team <> :team and d.spec @> f.value")
			.param("fragments", JSON.writeValueAsString(fragments))
			.param("team", team)
			.query(Integer.class)
			.list();
		return matched.stream().mapToInt(owners::get).min();
	}

}
