package dev.agentcore.controlplane.idp;

import java.util.List;
import java.util.Optional;

/** The app clients the provisioner created so far, as one {@code jsonb} value. */
public record ManagedClients(List<ManagedClient> clients) {

	public static final ManagedClients NONE = new ManagedClients(List.of());

	public ManagedClients {
		clients = clients == null ? List.of() : List.copyOf(clients);
	}

	public Optional<ManagedClient> named(String name) {
		return clients.stream().filter(client -> client.name().equals(name)).findFirst();
	}

}
