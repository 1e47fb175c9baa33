package dev.agentcore.controlplane.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallerTests {

	@Test
	void aListShowsTheCallersTeamWhateverTeamItAsksFor() {
		Caller member = new Caller("alice", "team-a", List.of(), false, null);
		assertThat(member.listScope(null)).isEqualTo("team-a");
		assertThat(member.listScope("team-b")).isEqualTo("team-a");
	}

	@Test
	void anAdminsListShowsTheTeamAskedForOrEveryTeam() {
		Caller admin = new Caller("root", null, List.of(), true, null);
		assertThat(admin.listScope("team-b")).isEqualTo("team-b");
		assertThat(admin.listScope(null)).isNull();
		assertThat(admin.listScope(" ")).as("an empty ?team= means every team").isNull();
	}

	@Test
	void aCallerWithoutATeamListsNothing() {
		assertThatThrownBy(() -> new Caller("bob", null, List.of(), false, null).listScope(null))
			.isInstanceOf(Caller.CallerHasNoTeam.class);
	}

}
