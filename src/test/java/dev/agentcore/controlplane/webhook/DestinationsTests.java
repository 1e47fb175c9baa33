package dev.agentcore.controlplane.webhook;

import java.net.URI;

import org.junit.jupiter.api.Test;

import dev.agentcore.controlplane.outbound.GuardedFetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Saved webhook URLs: https to public endpoints, unless the outbound client allows private networks. */
class DestinationsTests {

	@Test
	void inADeploymentOnlyHttpsToPublicEndpoints() {
		Destinations destinations = new Destinations(outbound(false));
		assertThat(destinations.refusal(URI.create("https://hooks.example.com/agentcore"))).isNull();
		assertThat(destinations.refusal(URI.create("https://203.0.113.9/hook"))).isNull();
		assertThat(destinations.refusal(URI.create("http://hooks.example.com/agentcore"))).isEqualTo("must be https");
		for (String internal : new String[] { "https://10.0.0.7/hook", "https://169.254.169.254/latest",
				"https://127.0.0.1/hook", "https://[::1]/hook", "https://100.64.0.1/hook", "https://0.0.0.0/hook" }) {
			assertThat(destinations.refusal(URI.create(internal))).as(internal).contains("public endpoints only");
		}
		assertThat(destinations.refusal(URI.create("https://user:pw@hooks.example.com/"))).contains("no user info");
		assertThat(destinations.refusal(URI.create("https://hooks.example.com/#fragment"))).contains("no user info");
	}

	@Test
	void whereTheOutboundClientAllowsPrivateNetworksLoopbackHttpIsAccepted() {
		Destinations destinations = new Destinations(outbound(true));
		assertThat(destinations.refusal(URI.create("http://127.0.0.1:8081/hooks"))).isNull();
		assertThat(destinations.refusal(URI.create("ftp://127.0.0.1/hooks"))).isEqualTo("must be https");
	}

	private static GuardedFetch outbound(boolean allowPrivateNetworks) {
		GuardedFetch fetch = mock(GuardedFetch.class);
		when(fetch.allowsPrivateNetworks()).thenReturn(allowPrivateNetworks);
		return fetch;
	}

}
