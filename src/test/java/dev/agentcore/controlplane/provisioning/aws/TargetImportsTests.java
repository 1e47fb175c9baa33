package dev.agentcore.controlplane.provisioning.aws;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ApiSchemaConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetGatewayTargetResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.McpTargetConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.S3Configuration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.TargetConfiguration;

import dev.agentcore.controlplane.gatewaytarget.TargetType;
import dev.agentcore.controlplane.provisioning.AgentCoreInventory.FoundTarget;

import static org.assertj.core.api.Assertions.assertThat;

class TargetImportsTests {

	static final GetGatewayTargetResponse TYPED = GetGatewayTargetResponse.builder()
		.name("private-api")
		.targetId("ABCDEFGHIJ")
		.status("READY")
		.targetConfiguration(TargetConfiguration.fromMcp(McpTargetConfiguration.fromOpenApiSchema(
				ApiSchemaConfiguration.builder().s3(S3Configuration.builder().uri("s3://schemas/private.yaml").build()).build())))
		.build();

	@Test
	void aTargetWithAPrivateEndpointIsImportedBecauseUpdatesKeepIt() {
		FoundTarget found = TargetImports.read(TYPED, MemberShim.JSON.readTree("""
				{"name": "private-api", "targetId": "ABCDEFGHIJ", "status": "READY",
				 "targetConfiguration": {"mcp": {"openApiSchema": {"s3": {"uri": "s3://schemas/private.yaml"}}}},
				 "credentialProviderConfigurations": [],
				 "privateEndpoint": {"selfManagedLatticeResource": {"resourceConfigurationIdentifier": "rcfg-0123456789abcdef0"}},
				 "privateEndpointManagedResources": []}"""));
		assertThat(found.refusal()).isNull();
		assertThat(found.type()).isEqualTo(TargetType.OPENAPI);
		assertThat(found.notes()).anyMatch(note -> note.contains("privateEndpoint") && note.contains("write them back"));
	}

	@Test
	void aMemberNeitherExpressedNorKeptStillRefusesTheImport() {
		FoundTarget found = TargetImports.read(TYPED, MemberShim.JSON.readTree("""
				{"name": "private-api", "targetId": "ABCDEFGHIJ", "status": "READY",
				 "targetConfiguration": {"mcp": {"openApiSchema": {"s3": {"uri": "s3://schemas/private.yaml"}}}},
				 "credentialProviderConfigurations": [], "someNewMember": {"x": 1}}"""));
		assertThat(found.refusal()).contains("someNewMember.x");
	}

}
