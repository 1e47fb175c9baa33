package dev.agentcore.controlplane.provisioning.aws;

import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetGatewayResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.agentcore.controlplane.provisioning.AgentCoreInventory.FoundGateway;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayImportsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final GetGatewayResponse TYPED = GetGatewayResponse.builder()
		.gatewayId("console-a1b2c3d4e5")
		.gatewayArn("arn:aws:bedrock-agentcore:us-east-1:123456789012:gateway/console-a1b2c3d4e5")
		.gatewayUrl("https://console-a1b2c3d4e5.gateway.bedrock-agentcore.us-east-1.amazonaws.com/mcp")
		.name("Console")
		.status("READY")
		.protocolType("MCP")
		.authorizerType("NONE")
		.description("made in the console")
		.roleArn("arn:aws:iam::123456789012:role/AgentCoreGatewayRole")
		.build();

	@Test
	void aGatewayOfOnlyExpressedMembersIsDeclaredExactly() {
		FoundGateway found = GatewayImports.read(TYPED, gateway(""), Map.of(), null);

		assertThat(found.refusal()).isNull();
		assertThat(found.spec().description()).isEqualTo("made in the console");
		assertThat(found.spec().roleArn()).isEqualTo("arn:aws:iam::123456789012:role/AgentCoreGatewayRole");
	}

	@Test
	void aMemberTheApiNeitherExpressesNorKeepsRefusesTheImportInsteadOfBeingLostOnTheFirstUpdate() {
		FoundGateway found = GatewayImports.read(TYPED, gateway(", \"futureConfiguration\": {\"mode\": \"STRICT\"}"), Map.of(), null);

		assertThat(found.refusal()).contains("futureConfiguration").contains("would not keep");
	}

	@Test
	void aResourcePolicyIsDeclaredAsHeldAndOneThatIsNotJsonIsARefusalNotAnError() {
		String policy = "{\"Version\": \"2012-10-17\", \"Statement\": []}";
		FoundGateway found = GatewayImports.read(TYPED, gateway(""), Map.of(), policy);
		assertThat(found.refusal()).isNull();
		assertThat(found.spec().resourcePolicy()).hasToString("{\"Version\":\"2012-10-17\",\"Statement\":[]}");
		assertThat(found.spec().owns("resourcePolicy")).isTrue();
		assertThat(GatewayImports.read(TYPED, gateway(""), Map.of(), "{not json").refusal()).contains("resource policy");
	}

	@Test
	void membersTheControlPlaneKeepsAreImportedWithANote() {
		FoundGateway found = GatewayImports.read(TYPED, gateway(", \"wafConfiguration\": {\"failureMode\": \"FAIL_OPEN\"}"),
				Map.of(), null);

		assertThat(found.refusal()).isNull();
		assertThat(found.notes()).anySatisfy(note -> assertThat(note).contains("wafConfiguration"));
	}

	private static JsonNode gateway(String extra) {
		return JSON.readTree("""
				{"gatewayId": "console-a1b2c3d4e5", "name": "Console", "status": "READY", "protocolType": "MCP",
				 "authorizerType": "NONE", "description": "made in the console",
				 "roleArn": "arn:aws:iam::123456789012:role/AgentCoreGatewayRole"%s}""".formatted(extra));
	}

}
