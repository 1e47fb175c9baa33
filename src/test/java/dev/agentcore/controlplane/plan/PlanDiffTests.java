package dev.agentcore.controlplane.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The two comparisons of a plan: declarations field by field, and policies grant by grant. */
class PlanDiffTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void nestedMembersAreComparedByPathAndListsAsAWhole() {
		Map<String, Object> before = declaration("orders", Map.of("instructions", "a", "supportedVersions", List.of("1")));
		Map<String, Object> after = declaration("orders", Map.of("instructions", "b", "supportedVersions", List.of("1", "2")));
		List<Plan.FieldChange> changes = FieldChanges.between(JSON, before, after, Set.of("name"));
		assertThat(changes).extracting(Plan.FieldChange::field)
			.containsExactlyInAnyOrder("protocol.instructions", "protocol.supportedVersions");
		assertThat(changes).extracting(Plan.FieldChange::applied).containsOnly("IN_PLACE");
	}

	@Test
	void aReplacedMemberIsMarkedAndAbsentEqualsEmpty() {
		Map<String, Object> before = declaration("orders", null);
		before.put("tags", Map.of());
		List<Plan.FieldChange> changes = FieldChanges.between(JSON, before, declaration("payments", null), Set.of("name"));
		assertThat(changes).singleElement().satisfies(change -> {
			assertThat(change.field()).isEqualTo("name");
			assertThat(change.old()).isEqualTo("orders");
			assertThat(change.next()).isEqualTo("payments");
			assertThat(change.applied()).isEqualTo("REPLACEMENT");
		});
	}

	@Test
	void aNewResourceChangesEveryDeclaredMemberFromNothing() {
		List<Plan.FieldChange> changes = FieldChanges.between(JSON, null, declaration("orders", null), Set.of("name"));
		assertThat(changes).extracting(Plan.FieldChange::field).containsExactly("name", "description");
		assertThat(changes.getFirst().applied()).as("nothing is replaced when nothing exists").isEqualTo("IN_PLACE");
	}

	@Test
	void oneMoreFunctionIsExactlyOneGrantGained() {
		Plan.GrantChanges changes = GrantChanges.diff(invoke("fn:a"), invoke("fn:a", "fn:b"));
		assertThat(changes.gained()).singleElement().satisfies(grant -> {
			assertThat(grant.action()).isEqualTo("lambda:InvokeFunction");
			assertThat(grant.resource()).isEqualTo("fn:b");
			assertThat(grant.sid()).isEqualTo("InvokeLambdaTargets");
		});
		assertThat(changes.lost()).isEmpty();
		assertThat(GrantChanges.diff(invoke("fn:a", "fn:b"), invoke("fn:b")).lost()).extracting(Plan.Grant::resource)
			.containsExactly("fn:a");
		assertThat(GrantChanges.diff(null, invoke("fn:a")).gained()).hasSize(1);
	}

	static Map<String, Object> declaration(String name, Map<String, Object> protocol) {
		Map<String, Object> declared = new LinkedHashMap<>();
		declared.put("name", name);
		declared.put("description", "same");
		declared.put("protocol", protocol);
		return declared;
	}

	static Map<String, Object> invoke(String... functions) {
		return Map.of("Version", "2012-10-17", "Statement", List.of(Map.of("Sid", "InvokeLambdaTargets", "Effect", "Allow",
				"Action", "lambda:InvokeFunction", "Resource", functions.length == 1 ? functions[0] : List.of(functions))));
	}

}
