package dev.agentcore.controlplane.agentaccess;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import dev.agentcore.controlplane.idp.TokenRequestBody;

/**
 * How to authenticate the probe: a token, or a token request against the gateway's IDP profile, or
 * nothing (AWS_IAM gateways are signed with the service's credentials; NONE needs nothing). The token
 * is never stored or logged.
 *
 * @param token an access token, without "Bearer "
 * @param tokenRequest a client-credentials request, as for POST /idp-profiles/{id}/token-requests (needs write scope)
 */
@Schema(example = "{\"tokenRequest\": {\"managedClient\": \"orders-agent\"}}")
record ProbeRequest(@Size(max = 16384) String token, @Valid TokenRequestBody tokenRequest) {

	@Override
	public String toString() {
		return "ProbeRequest[token=" + (token == null ? "none" : "<redacted>") + ", tokenRequest=" + tokenRequest + "]";
	}

}
