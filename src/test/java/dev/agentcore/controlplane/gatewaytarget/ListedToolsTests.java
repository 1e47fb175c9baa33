package dev.agentcore.controlplane.gatewaytarget;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ListedToolsTests {

	private static final Instant SYNCHRONIZED = Instant.parse("2026-12-07T18:00:00Z");

	@Test
	void theHistorySaysWhatWasAddedAndRemoved() {
		ListedTools before = ListedTools.listed(SYNCHRONIZED, tools("t___a", "t___b"));
		ListedTools now = ListedTools.listed(SYNCHRONIZED.plusSeconds(60), tools("t___b", "t___c"));
		assertThat(now.changesSince(before)).isEqualTo("Tools added: t___c; removed: t___a");
		assertThat(ListedTools.listed(SYNCHRONIZED, tools("t___a")).changesSince(ListedTools.listed(SYNCHRONIZED,
				tools("t___a", "t___b")))).isEqualTo("Tools removed: t___b");
	}

	@Test
	void theSameToolsChangeNothingAndTheFirstListingNamesThemAll() {
		ListedTools before = ListedTools.listed(SYNCHRONIZED, tools("t___a"));
		assertThat(ListedTools.listed(SYNCHRONIZED.plusSeconds(1), tools("t___a")).changesSince(before)).isNull();
		assertThat(before.changesSince(null)).isEqualTo("Tools listed: t___a");
		assertThat(ListedTools.listed(SYNCHRONIZED, List.of()).changesSince(null)).isEqualTo("Tools listed: none");
		assertThat(before.changesSince(ListedTools.unknown(SYNCHRONIZED, "unreachable", true)))
			.isEqualTo("Tools listed: t___a");
	}

	@Test
	void anUnknownListingIsSaidOncePerReason() {
		ListedTools unknown = ListedTools.unknown(SYNCHRONIZED, "no token", false);
		assertThat(unknown.changesSince(null)).isEqualTo("Tools unknown: no token");
		assertThat(ListedTools.unknown(SYNCHRONIZED.plusSeconds(1), "no token", false).changesSince(unknown)).isNull();
	}

	@Test
	void aListingIsCurrentForItsSynchronizationUnlessItMaySucceedOnANextLook() {
		assertThat(ListedTools.listed(SYNCHRONIZED, tools("t___a")).current(SYNCHRONIZED)).isTrue();
		assertThat(ListedTools.listed(SYNCHRONIZED, tools("t___a")).current(SYNCHRONIZED.plusSeconds(1))).isFalse();
		assertThat(ListedTools.listed(null, tools("t___a")).current(null)).isTrue();
		assertThat(ListedTools.unknown(SYNCHRONIZED, "unreachable", true).current(SYNCHRONIZED)).isFalse();
	}

	private static List<ListedTools.Tool> tools(String... names) {
		return java.util.Arrays.stream(names).map(name -> new ListedTools.Tool(name, null)).toList();
	}

}
