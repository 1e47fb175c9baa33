package dev.agentcore.controlplane.simulator;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayInvokePolicyTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String OWN = "123456789012";

	static final String GATEWAY = "arn:aws:bedrock-agentcore:us-east-1:" + OWN + ":gateway/orders-a1b2c3d4e5";

	static final String PARTNER = "arn:aws:iam::222233334444:role/partner-agents";

	static final String STRANGER = "arn:aws:iam::999988887777:role/agents";

	@Test
	void theGatewaysOwnAccountNeedsNoResourcePolicy() {
		assertThat(refusal("arn:aws:iam::" + OWN + ":role/ControlPlane", null)).isNull();
	}

	@Test
	void anotherAccountNeedsAnAllowNamingItsRoleOrItsAccount() {
		assertThat(refusal(PARTNER, null)).contains("is not authorized to perform: bedrock-agentcore:InvokeGateway")
			.contains("no resource-based policy allows");
		assertThat(refusal(PARTNER, policy("Allow", "{\"AWS\": \"" + PARTNER + "\"}", "bedrock-agentcore:InvokeGateway", GATEWAY)))
			.isNull();
		assertThat(refusal(PARTNER, policy("Allow", "{\"AWS\": \"222233334444\"}", "bedrock-agentcore:*", "*"))).isNull();
		assertThat(refusal(PARTNER, policy("Allow", "{\"AWS\": \"arn:aws:iam::222233334444:root\"}", "*", GATEWAY))).isNull();
		assertThat(refusal(STRANGER, policy("Allow", "{\"AWS\": \"" + PARTNER + "\"}", "bedrock-agentcore:InvokeGateway", GATEWAY)))
			.contains(STRANGER);
	}

	@Test
	void anAllowOfAnotherActionOrGatewayAllowsNothing() {
		assertThat(refusal(PARTNER, policy("Allow", "{\"AWS\": \"" + PARTNER + "\"}", "bedrock-agentcore:GetGateway", GATEWAY)))
			.isNotNull();
		assertThat(refusal(PARTNER, policy("Allow", "{\"AWS\": \"" + PARTNER + "\"}", "bedrock-agentcore:InvokeGateway",
				GATEWAY.replace("orders", "payments")))).isNotNull();
	}

	@Test
	void anExplicitDenyRefusesEvenTheOwnAccount() {
		assertThat(refusal("arn:aws:iam::" + OWN + ":role/agents", policy("Deny", "\"*\"", "bedrock-agentcore:InvokeGateway", "*")))
			.contains("explicit deny");
	}

	@Test
	void anyPrincipalAllowsEveryAccount() {
		assertThat(refusal(STRANGER, policy("Allow", "\"*\"", "bedrock-agentcore:InvokeGateway", GATEWAY))).isNull();
	}

	private static String refusal(String caller, JsonNode policy) {
		return GatewayInvokePolicy.refusal(caller, OWN, GATEWAY, Optional.ofNullable(policy));
	}

	private static JsonNode policy(String effect, String principal, String action, String resource) {
		return JSON.readTree("""
				{"Version": "2012-10-17", "Statement": [{"Effect": "%s", "Principal": %s, "Action": "%s", "Resource": "%s"}]}"""
			.formatted(effect, principal, action, resource));
	}

}
