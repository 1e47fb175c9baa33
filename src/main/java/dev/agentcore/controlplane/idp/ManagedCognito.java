package dev.agentcore.controlplane.idp;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A Cognito identity provider the control plane creates and keeps: a user pool, its hosted domain,
 * one resource server with scopes, and one machine-to-machine app client per entry (client
 * credentials, generated secret kept in Secrets Manager) — the seed's commands, done by the provisioner.
 *
 * @param resourceServer the API the clients get tokens for; its scopes are {@code <identifier>/<scope>}
 * @param clients the app clients, each allowed some of the resource server's scopes
 * @param domainPrefix the hosted domain's prefix ({@code https://<prefix>.auth.<region>.amazoncognito.com});
 * derived from the profile's name when absent; cannot change
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(example = """
		{"resourceServer": {"identifier": "gateway-api", "scopes": ["read", "write"]},
		 "clients": [{"name": "orders-agent", "scopes": ["gateway-api/read"]}]}""")
public record ManagedCognito(@NotNull @Valid ResourceServer resourceServer,
		@NotEmpty @Size(max = 20) List<@NotNull @Valid Client> clients,
		@Size(min = 1, max = 63) @Pattern(regexp = "[a-z0-9]([a-z0-9-]*[a-z0-9])?", message = "must be lower-case letters, digits and inner hyphens") String domainPrefix) {

	public ManagedCognito {
		clients = clients == null ? null : List.copyOf(clients);
	}

	ManagedCognito withDomainPrefix(String prefix) {
		return new ManagedCognito(resourceServer, clients, prefix);
	}

	/** Every scope the resource server defines, in its full form {@code <identifier>/<scope>}. */
	public List<String> fullScopes() {
		return resourceServer.scopes().stream().map(scope -> resourceServer.identifier() + "/" + scope).toList();
	}

	/**
	 * @param identifier the API's identifier, the prefix of its scopes (cannot change)
	 * @param name a display name; the identifier when absent
	 * @param scopes scope names without the identifier, e.g. {@code read}
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ResourceServer(
			@NotBlank @Size(max = 256) @Pattern(regexp = "[\\x21\\x23-\\x5B\\x5D-\\x7E]+", message = "must be printable characters without spaces, quotes or backslashes") String identifier,
			@Size(max = 256) String name,
			@NotEmpty @Size(max = 100) List<@NotNull @Size(min = 1, max = 256) @Pattern(regexp = "[\\x21\\x23-\\x2E\\x30-\\x5B\\x5D-\\x7E]+", message = "must be printable characters without spaces, quotes, slashes or backslashes") String> scopes) {

		public ResourceServer {
			scopes = scopes == null ? null : List.copyOf(scopes);
		}

		public String displayName() {
			return name == null || name.isBlank() ? identifier : name;
		}

	}

	/**
	 * @param name the app client's name, unique in the profile
	 * @param scopes the scopes it may request, each {@code <identifier>/<scope>}
	 */
	public record Client(
			@NotBlank @Size(max = 128) @Pattern(regexp = "[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?", message = "must be letters, digits, '.', '_' and inner hyphens") String name,
			@NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 256) String> scopes) {

		public Client {
			scopes = scopes == null ? null : List.copyOf(scopes);
		}

	}

}
