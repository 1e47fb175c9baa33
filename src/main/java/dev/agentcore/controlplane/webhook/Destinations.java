package dev.agentcore.controlplane.webhook;

import java.net.URI;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.outbound.DestinationPolicy;
import dev.agentcore.controlplane.outbound.GuardedFetch;

/**
 * The check of a webhook URL when it is saved: exactly the outbound client's check before it
 * resolves anything ({@link DestinationPolicy}: https, a host, no user info, and a host spelled as an
 * address, in any form, or named localhost must be public), plus no fragment. Host names are
 * resolved and checked at every delivery by the outbound client, which connects to exactly the
 * address it checked; a name that does not resolve today may tomorrow, and resolving it here would
 * tell the caller which internal names exist. Where the outbound client allows private networks
 * (the embedded default and tests, {@code controlplane.outbound.allow-private-networks}) http and
 * loopback are accepted, on save as at delivery.
 */
@Component
class Destinations {

	private final GuardedFetch fetch;

	Destinations(GuardedFetch fetch) {
		this.fetch = fetch;
	}

	/** Why the URL may not be used, or null when it may. */
	String refusal(URI uri) {
		if (uri.getRawFragment() != null) {
			return "must not have a fragment";
		}
		return DestinationPolicy.refusal(uri, fetch.allowsPrivateNetworks());
	}

}
