package dev.agentcore.controlplane.agentaccess;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewayManagement;
import dev.agentcore.controlplane.gateway.GatewaySpec.AuthorizerType;
import dev.agentcore.controlplane.idp.IdpProfile;
import dev.agentcore.controlplane.idp.IdpProfileManagement;
import dev.agentcore.controlplane.idp.IdpProfileSpec;
import dev.agentcore.controlplane.idp.ManagedCognito;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.InvalidRequest;

/** Puts together what an agent needs to call a gateway, from the gateway and its IDP profile. */
@Service
class GatewayConnections {

	private final GatewayManagement gateways;

	private final IdpProfileManagement profiles;

	GatewayConnections(GatewayManagement gateways, IdpProfileManagement profiles) {
		this.gateways = gateways;
		this.profiles = profiles;
	}

	ConnectionDetails connection(Caller caller, UUID id, String clientName) {
		Gateway gateway = gateways.visible(caller, id);
		String url = gateway.aws().gatewayUrl();
		if (url == null) {
			throw AgentAccessProblems.notProvisioned();
		}
		AuthorizerType type = gateway.spec().authorizer().type();
		List<String> notes = new ArrayList<>();
		if (!type.validatesJwt()) {
			String region = region(gateway.aws().gatewayArn());
			if (type == AuthorizerType.AWS_IAM) {
				notes.add("Sign requests with SigV4 for service bedrock-agentcore; the caller needs bedrock-agentcore:InvokeGateway "
						+ "on " + gateway.aws().gatewayArn() + ".");
			}
			return new ConnectionDetails(gateway.aws().gatewayId(), url, type.name(), null, null, null, List.of(), List.of(),
					EnvFile.env(url, type == AuthorizerType.AWS_IAM ? region : null, null, null, null, List.of()),
					type == AuthorizerType.AWS_IAM ? EnvFile.curlSigned() : EnvFile.curl(null, null), notes);
		}
		IdpProfile profile = profiles.visible(caller, gateway.spec().authorizer().idpProfileId());
		IdpProfileSpec spec = profile.spec();
		List<ConnectionDetails.AgentClient> clients = clients(profile);
		ConnectionDetails.AgentClient chosen = choose(clients, clientName);
		String tokenEndpoint = profile.discovery().tokenEndpoint();
		if (tokenEndpoint == null) {
			notes.add("The token endpoint is not known: run POST /api/v1/idp-profiles/" + profile.id() + "/discovery-check, or "
					+ "check the discovery URL in a browser.");
		}
		if (chosen == null) {
			notes.add("The profile names no client: use the client id your identity provider gave you.");
		}
		String prefix = spec.provider().name();
		return new ConnectionDetails(gateway.aws().gatewayId(), url, type.name(), prefix, spec.discoveryUrl(), tokenEndpoint,
				clients, spec.allowedAudience(), EnvFile.env(url, null, prefix, tokenEndpoint, chosen, spec.allowedAudience()),
				EnvFile.curl(prefix, chosen), notes);
	}

	private static List<ConnectionDetails.AgentClient> clients(IdpProfile profile) {
		ManagedCognito managed = profile.managed();
		if (managed == null) {
			return profile.spec().allowedClients().stream()
				.map(clientId -> new ConnectionDetails.AgentClient(null, clientId, profile.spec().allowedScopes(), null))
				.toList();
		}
		return profile.managedIdp().managedClients().clients().stream()
			.map(client -> new ConnectionDetails.AgentClient(client.name(), client.clientId(), managed.clients().stream()
				.filter(declared -> declared.name().equals(client.name()))
				.findFirst()
				.map(ManagedCognito.Client::scopes)
				.orElse(List.of()), client.secretArn()))
			.toList();
	}

	private static ConnectionDetails.AgentClient choose(List<ConnectionDetails.AgentClient> clients, String name) {
		if (name == null) {
			return clients.isEmpty() ? null : clients.getFirst();
		}
		return clients.stream()
			.filter(client -> name.equals(client.name()) || name.equals(client.clientId()))
			.findFirst()
			.orElseThrow(() -> InvalidRequest.rule("UNKNOWN_CLIENT", "client", "The gateway's profile has no client '" + name
					+ "'; its clients are " + clients.stream().map(c -> c.name() != null ? c.name() : c.clientId()).toList() + "."));
	}

	/** The region of an AgentCore ARN: arn:aws:bedrock-agentcore:<region>:<account>:gateway/<id>. */
	static String region(String arn) {
		String[] parts = arn == null ? new String[0] : arn.split(":");
		return parts.length > 3 ? parts[3] : null;
	}

}
