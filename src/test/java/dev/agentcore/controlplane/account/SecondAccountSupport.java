package dev.agentcore.controlplane.account;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.SimulatedAwsTests;

/**
 * The simulated AWS's second account, 210987654321, whose role AgentCoreControlPlaneAccess trusts the control plane
 * with external id local-external-id: its declaration, waiting for its phase, and the gateways it holds.
 */
abstract class SecondAccountSupport extends SimulatedAwsTests {

	static final String SECOND = "210987654321";

	static final String ROLE = "arn:aws:iam::" + SECOND + ":role/AgentCoreControlPlaneAccess";

	/** The second account in us-east-1 and eu-west-1 for {@code team}, with {@code externalId}. */
	static String account(String externalId, String team) {
		return """
				{"accountId": "%s", "regions": ["us-east-1", "eu-west-1"], "roleArn": "%s", "externalId": "%s",
				 "teams": ["%s"]}""".formatted(SECOND, ROLE, externalId, team);
	}

	static JsonNode awaitPhase(Api admin, String path, String phase) {
		return await(() -> {
			JsonNode found = admin.get(path).json();
			return found.at("/status/phase").asString().equals(phase) ? found : null;
		});
	}

	/** The gateway ids the simulated AgentCore holds in an account and region (the own ones when null). */
	static List<String> held(String accountId, String region) {
		List<String> ids = new ArrayList<>();
		simulatorHttp.get("/local/aws/resources" + query(accountId, region), null).json().get("gateways")
			.forEach(found -> ids.add(found.get("gatewayId").asString()));
		return ids;
	}

	static String query(String accountId, String region) {
		return accountId == null ? "" : "?accountId=" + accountId + "&region=" + region;
	}

}
