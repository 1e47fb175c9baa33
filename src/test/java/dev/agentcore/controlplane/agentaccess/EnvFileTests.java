package dev.agentcore.controlplane.agentaccess;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EnvFileTests {

	static final String URL = "https://orders-a1b2c3d4e5.gateway.bedrock-agentcore.us-west-2.amazonaws.com/mcp";

	@Test
	void cognitoVariablesNameTheSecretsArnNeverTheSecret() {
		ConnectionDetails.AgentClient client = new ConnectionDetails.AgentClient("agent", "4f2kq1v8", List.of("api/read"),
				"arn:aws:secretsmanager:us-west-2:123456789012:secret:x-AbCdEf");
		String env = EnvFile.env(URL, null, "COGNITO", "https://pool.auth.us-west-2.amazoncognito.com/oauth2/token", client,
				List.of());
		assertThat(env).contains("GATEWAY_URL=" + URL + "\n", "COGNITO_DOMAIN=https://pool.auth.us-west-2.amazoncognito.com\n",
				"COGNITO_TOKEN_URL=https://pool.auth.us-west-2.amazoncognito.com/oauth2/token\n", "COGNITO_CLIENT_ID=4f2kq1v8\n",
				"COGNITO_CLIENT_SECRET_ARN=arn:aws:secretsmanager:us-west-2:123456789012:secret:x-AbCdEf\n",
				"COGNITO_SCOPE=api/read\n");
		assertThat(env).doesNotContain("COGNITO_CLIENT_SECRET=").doesNotContain("_AUDIENCE");
		String curl = EnvFile.curl("COGNITO", client);
		assertThat(curl).contains("aws secretsmanager get-secret-value --secret-id \"$COGNITO_CLIENT_SECRET_ARN\"")
			.contains("-u \"$COGNITO_CLIENT_ID:$COGNITO_CLIENT_SECRET\"").contains("--data-urlencode \"scope=$COGNITO_SCOPE\"")
			.contains("\"method\": \"tools/list\"").contains("Authorization: Bearer $TOKEN");
	}

	@Test
	void auth0ValuesGoUnderAuth0NamesNotTheSeedsCognitoOnes() {
		ConnectionDetails.AgentClient client = new ConnectionDetails.AgentClient(null, "abc", List.of(), null);
		String env = EnvFile.env(URL, null, "AUTH0", "https://dev-x.us.auth0.com/oauth/token", client, List.of("gateway123"));
		assertThat(env).contains("AUTH0_DOMAIN=https://dev-x.us.auth0.com\n", "AUTH0_CLIENT_ID=abc\n", "AUTH0_CLIENT_SECRET=\n",
				"AUTH0_AUDIENCE=gateway123\n").doesNotContain("COGNITO_");
		assertThat(EnvFile.curl("AUTH0", client)).contains("\\\"audience\\\": \\\"$AUTH0_AUDIENCE\\\"")
			.contains("$AUTH0_TOKEN_URL");
	}

	@Test
	void oktaHasItsOwnNamesAndIamGatewaysTheRegionAndASignedCurl() {
		String okta = EnvFile.env(URL, null, "OKTA", "https://x.okta.com/oauth2/default/v1/token",
				new ConnectionDetails.AgentClient(null, "0oa1", List.of("invoke"), null), List.of("api://default"));
		assertThat(okta).contains("OKTA_TOKEN_URL=", "OKTA_CLIENT_ID=0oa1\n", "OKTA_AUDIENCE=api://default\n", "OKTA_SCOPE=invoke\n")
			.doesNotContain("COGNITO_", "AUTH0_");
		assertThat(EnvFile.env(URL, "us-west-2", null, null, null, List.of())).isEqualTo("GATEWAY_URL=" + URL + "\nAWS_REGION=us-west-2\n");
		assertThat(EnvFile.curlSigned()).contains("--aws-sigv4 \"aws:amz:$AWS_REGION:bedrock-agentcore\"");
	}

}
