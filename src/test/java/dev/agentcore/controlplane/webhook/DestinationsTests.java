package dev.agentcore.controlplane.webhook;

import java.net.URI;

import org.junit.jupiter.api.Test;

import dev.agentcore.controlplane.outbound.DestinationPolicy;
import dev.agentcore.controlplane.outbound.GuardedFetch;
import dev.agentcore.controlplane.support.InternalUrls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Saved webhook URLs: the outbound client's own check, https to public endpoints unless private networks are allowed. */
class DestinationsTests {

	@Test
	void inADeploymentOnlyHttpsToPublicEndpoints() {
		Destinations destinations = new Destinations(outbound(false));
		assertThat(destinations.refusal(URI.create("https://hooks.example.com/agentcore"))).isNull();
		assertThat(destinations.refusal(URI.create("https://93.184.216.34/hook"))).isNull();
		assertThat(destinations.refusal(URI.create("https://[2606:2800:220:1:248:1893:25c8:1946]/hook"))).isNull();
		assertThat(destinations.refusal(URI.create("http://hooks.example.com/agentcore"))).isEqualTo("is not https");
		for (String internal : InternalUrls.SPELLINGS) {
			assertThat(destinations.refusal(URI.create(internal))).as(internal).isNotNull();
		}
		assertThat(destinations.refusal(URI.create("https://user:pw@hooks.example.com/"))).contains("credentials");
		assertThat(destinations.refusal(URI.create("https://hooks.example.com/#fragment"))).contains("fragment");
	}

	@Test
	void theCheckOnSaveIsTheOutboundClientsCheck() {
		Destinations destinations = new Destinations(outbound(false));
		for (String url : InternalUrls.SPELLINGS) {
			URI uri = URI.create(url);
			assertThat(destinations.refusal(uri)).as(url).isEqualTo(DestinationPolicy.refusal(uri, false));
		}
	}

	@Test
	void whereTheOutboundClientAllowsPrivateNetworksLoopbackHttpIsAccepted() {
		Destinations destinations = new Destinations(outbound(true));
		assertThat(destinations.refusal(URI.create("http://127.0.0.1:8081/hooks"))).isNull();
		assertThat(destinations.refusal(URI.create("http://localhost:8081/hooks"))).isNull();
		assertThat(destinations.refusal(URI.create("ftp://127.0.0.1/hooks"))).isEqualTo("is not https");
	}

	private static GuardedFetch outbound(boolean allowPrivateNetworks) {
		GuardedFetch fetch = mock(GuardedFetch.class);
		when(fetch.allowsPrivateNetworks()).thenReturn(allowPrivateNetworks);
		return fetch;
	}

}
