package dev.agentcore.controlplane.agentaccess;

import java.net.URI;
import java.util.List;

/**
 * The {@code .env} and {@code curl} an agent needs, with the variables named for the provider —
 * not the seed's example, which puts Auth0 values under {@code COGNITO_*} names. Pure: the same
 * connection gives the same text.
 */
final class EnvFile {

	static final String LIST_TOOLS = "curl -s -X POST \"$GATEWAY_URL\" -H 'Content-Type: application/json' "
			+ "-H 'Accept: application/json, text/event-stream'";

	static final String TOOLS_LIST_BODY = " -d '{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"tools/list\"}'";

	private EnvFile() {
	}

	/**
	 * @param prefix COGNITO, AUTH0, OKTA or OIDC; null for AWS_IAM and NONE gateways
	 * @param client the client to use; null when none is known
	 */
	static String env(String gatewayUrl, String region, String prefix, String tokenEndpoint, ConnectionDetails.AgentClient client,
			List<String> audience) {
		StringBuilder env = new StringBuilder("GATEWAY_URL=").append(gatewayUrl).append('\n');
		if (prefix == null) {
			return region == null ? env.toString() : env.append("AWS_REGION=").append(region).append('\n').toString();
		}
		if (tokenEndpoint != null) {
			URI endpoint = URI.create(tokenEndpoint);
			String port = endpoint.getPort() < 0 ? "" : ":" + endpoint.getPort();
			line(env, prefix + "_DOMAIN", endpoint.getScheme() + "://" + endpoint.getHost() + port);
		}
		line(env, prefix + "_TOKEN_URL", tokenEndpoint);
		line(env, prefix + "_CLIENT_ID", client == null ? null : client.clientId());
		if (client != null && client.secretArn() != null) {
			line(env, prefix + "_CLIENT_SECRET_ARN", client.secretArn());
			env.append("# ").append(prefix).append("_CLIENT_SECRET: read it from the secret above (see curl), never commit it\n");
		}
		else {
			env.append("# ").append(prefix).append("_CLIENT_SECRET: the client's secret from your identity provider; never commit it\n");
			env.append(prefix).append("_CLIENT_SECRET=\n");
		}
		if (!prefix.equals("COGNITO") && !audience.isEmpty()) {
			line(env, prefix + "_AUDIENCE", audience.getFirst());
		}
		if (client != null && !client.scopes().isEmpty()) {
			line(env, prefix + "_SCOPE", String.join(" ", client.scopes()));
		}
		return env.toString();
	}

	static String curl(String prefix, ConnectionDetails.AgentClient client) {
		if (prefix == null) {
			return LIST_TOOLS + TOOLS_LIST_BODY;
		}
		StringBuilder curl = new StringBuilder();
		if (client != null && client.secretArn() != null) {
			curl.append(prefix).append("_CLIENT_SECRET=$(aws secretsmanager get-secret-value --secret-id \"$").append(prefix)
				.append("_CLIENT_SECRET_ARN\" --query SecretString --output text | jq -r .clientSecret)\n");
		}
		boolean scoped = client != null && !client.scopes().isEmpty();
		if (prefix.equals("AUTH0")) {
			curl.append("TOKEN=$(curl -s -X POST \"$AUTH0_TOKEN_URL\" -H 'Content-Type: application/json' -d \"{\\\"client_id\\\": "
					+ "\\\"$AUTH0_CLIENT_ID\\\", \\\"client_secret\\\": \\\"$AUTH0_CLIENT_SECRET\\\", \\\"audience\\\": "
					+ "\\\"$AUTH0_AUDIENCE\\\", \\\"grant_type\\\": \\\"client_credentials\\\"}\" | jq -r .access_token)\n");
		}
		else {
			curl.append("TOKEN=$(curl -s -X POST \"$").append(prefix).append("_TOKEN_URL\" -u \"$").append(prefix)
				.append("_CLIENT_ID:$").append(prefix).append("_CLIENT_SECRET\" -d grant_type=client_credentials");
			if (scoped) {
				curl.append(" --data-urlencode \"scope=$").append(prefix).append("_SCOPE\"");
			}
			curl.append(" | jq -r .access_token)\n");
		}
		return curl.append(LIST_TOOLS).append(" -H \"Authorization: Bearer $TOKEN\"").append(TOOLS_LIST_BODY).toString();
	}

	/** AWS_IAM gateways take SigV4-signed requests for the service bedrock-agentcore. */
	static String curlSigned() {
		return LIST_TOOLS + " --aws-sigv4 \"aws:amz:$AWS_REGION:bedrock-agentcore\" --user \"$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY\""
				+ " -H \"x-amz-security-token: $AWS_SESSION_TOKEN\"" + TOOLS_LIST_BODY;
	}

	private static void line(StringBuilder env, String name, String value) {
		env.append(name).append('=').append(value == null ? "" : value).append('\n');
	}

}
