package dev.agentcore.controlplane.account;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.agentcore.controlplane.resource.ResourceChanged;
import dev.agentcore.controlplane.resource.ResourceRef;
import dev.agentcore.controlplane.resource.ResourceType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class TeamAccountsTests {

	final Accounts accounts = mock(Accounts.class);

	final TeamAccounts teamAccounts = new TeamAccounts(accounts);

	@Test
	void aTeamsAccountsAreReadOnceForTheRequestsOfASecond() {
		when(accounts.usableBy("payments")).thenReturn(List.of());
		for (int i = 0; i < 5; i++) {
			assertThat(teamAccounts.usableBy("payments")).isEmpty();
		}
		verify(accounts, times(1)).usableBy("payments");
		teamAccounts.usableBy("search");
		verify(accounts, times(1)).usableBy("search");
	}

	@Test
	void aChangeToAnAccountIsSeenByTheNextRead() {
		when(accounts.usableBy("payments")).thenReturn(List.of());
		teamAccounts.usableBy("payments");
		teamAccounts.on(new ResourceChanged(new ResourceRef(ResourceType.GATEWAY, UUID.randomUUID(), null, "payments")));
		teamAccounts.usableBy("payments");
		verify(accounts, times(1)).usableBy("payments");
		teamAccounts.on(new ResourceChanged(new ResourceRef(ResourceType.ACCOUNT, UUID.randomUUID(), null, null)));
		teamAccounts.usableBy("payments");
		verify(accounts, times(2)).usableBy("payments");
	}

}
