package dev.agentcore.controlplane.idp;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.resource.StatusColumns;
import dev.agentcore.controlplane.resource.StatusTable;
import dev.agentcore.controlplane.resource.StatusUpdate;

/**
 * The provisioner's writes to a managed profile: status, the user pool AWS created, and each app
 * client as soon as it exists (its id and its secret's ARN, committed at once after the AWS calls as
 * a checkpoint of the reconcile, so that a crash never loses what was created).
 */
@Component
public class IdpProfileStatus extends StatusColumns {

	private final JsonMapper json;

	IdpProfileStatus(JdbcClient jdbc, JsonMapper json) {
		super(jdbc, json, new StatusTable("idp_profiles", "aws_user_pool_id", "aws_user_pool_arn", "aws_discovery_url",
				List.of("aws_domain", "managed_clients")));
		this.json = json;
	}

	/** Records (or replaces) the client of that name. */
	public StatusUpdate.ColumnWrite recordClient(ManagedClient client) {
		return write("""
				managed_clients = jsonb_build_object('clients', coalesce((select jsonb_agg(c) from jsonb_array_elements(
				  coalesce(managed_clients -> 'clients', '[]'::jsonb)) c where c ->> 'name' <> ?), '[]'::jsonb)
				  || jsonb_build_array(cast(? as jsonb)))""", client.name(), json.writeValueAsString(client));
	}

	/** Forgets the client of that name, once AWS deleted it and its secret. */
	public StatusUpdate.ColumnWrite forgetClient(String name) {
		return write("""
				managed_clients = jsonb_build_object('clients', coalesce((select jsonb_agg(c) from jsonb_array_elements(
				  coalesce(managed_clients -> 'clients', '[]'::jsonb)) c where c ->> 'name' <> ?), '[]'::jsonb))""", name);
	}

	public StatusUpdate.ColumnWrite recordDomain(String domain) {
		return write("aws_domain = ?", domain);
	}

	/**
	 * What gateways were told: the authorizer fingerprint, and the discovery check of the user pool's
	 * issuer (written here, not through the aggregate, so the provisioner never changes the ETag).
	 */
	StatusUpdate.ColumnWrite recordPublished(String fingerprint, Discovery discovery) {
		return write("published_authorizer = ?, discovery = cast(? as jsonb)", fingerprint, json.writeValueAsString(discovery));
	}

}
