package dev.agentcore.controlplane.gatewaytarget;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.agentcore.controlplane.network.PrivateEndpoint;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.S3Location;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.SchemaSource;
import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ProvisioningError;
import dev.agentcore.controlplane.web.Ids;

import static dev.agentcore.controlplane.support.Fixtures.unique;

/**
 * A {@code gateway_targets} row with every column set to a value no default has, and for each column
 * the accessor path of {@link GatewayTarget} that must show it and the value it must show. The spec
 * sets every member (more than one block: the mapping, not the rules, is under test).
 */
final class EveryColumnTargetRow {

	record Column(String placeholder, Object stored, String accessor, Object expected) {
	}

	/** Only the provisioner's targeted statements use these. */
	static final Set<String> NOT_IN_AGGREGATE = Set.of("reconcile_requested_at", "last_reconciled_at");

	static final Set<String> DERIVED = Set.of("deletionRequested", "ref", "generation", "createdAt", "updatedAt",
			"createPendingAt", "domainEvents");

	final UUID id = Ids.newId();

	final UUID gatewayId = Ids.newId();

	final String team = unique("team");

	final String name = unique("mapped");

	final Map<String, Column> columns = new LinkedHashMap<>();

	final TargetSpec spec = new TargetSpec("every member set", new SchemaSource(new S3Location("s3://schemas/a.yaml", "111122223333"), null),
			new SchemaSource(null, "{\"smithy\": \"2.0\"}"),
			new TargetBlocks.Lambda("arn:aws:lambda:us-east-1:123456789012:function:f", new TargetBlocks.ToolSchema(null,
					List.of(new TargetBlocks.ToolDefinition("t", "d", Map.of("type", "object"), Map.of("type", "string"))))),
			new TargetBlocks.McpServer("https://mcp.example.com", new TargetBlocks.ToolSchema(new S3Location("s3://tools/t.json", null), null),
					TargetBlocks.ListingMode.DYNAMIC, 7),
			new TargetBlocks.ApiGateway("a1b2c3d4e5", "prod", List.of(new TargetBlocks.ToolFilter("/orders", List.of("GET"))),
					List.of(new TargetBlocks.ToolOverride("list", "List orders", "/orders", "GET"))),
			new TargetBlocks.AgentcoreRuntime("arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/agent-a1b2c3d4e5", "DEFAULT"),
			new Credentials(Credentials.CredentialType.API_KEY, new Credentials.Signing("execute-api", "us-east-1"),
					"arn:aws:bedrock-agentcore:us-east-1:123456789012:token-vault/default/apikeycredentialprovider/k",
					List.of("read"), Map.of("audience", "x"), Credentials.GrantType.CLIENT_CREDENTIALS, "https://back.example.com",
					"x-api-key", "Key", Credentials.KeyLocation.QUERY_PARAMETER),
			new TargetBlocks.Metadata(List.of("x-id"), List.of("q"), List.of("x-r")),
			new PrivateEndpoint(new PrivateEndpoint.ManagedVpc("vpc-0a1b2c3d4e5f60718", List.of("subnet-0a1b2c3d"),
					List.of("sg-0a1b2c3d"), PrivateEndpoint.IpAddressType.IPV6, "alb.corp.example.com"), null),
			new SynchronizationSchedule(java.time.Duration.ofHours(6)));

	EveryColumnTargetRow() {
		column("id", "?", id, "id", id);
		column("gateway_id", "?", gatewayId, "gatewayId", gatewayId);
		column("team", "?", team, "team", team);
		column("name", "?", name, "name", name);
		column("type", "?", "API_GATEWAY", "type", TargetType.API_GATEWAY);
		column("spec", "cast(? as jsonb)", """
				{"description": "every member set", "openApi": {"s3": {"uri": "s3://schemas/a.yaml", "bucketOwnerAccountId": "111122223333"}},
				 "smithy": {"inline": "{\\"smithy\\": \\"2.0\\"}"},
				 "lambda": {"functionArn": "arn:aws:lambda:us-east-1:123456789012:function:f",
				   "toolSchema": {"inline": [{"name": "t", "description": "d", "inputSchema": {"type": "object"},
				     "outputSchema": {"type": "string"}}]}},
				 "mcpServer": {"endpoint": "https://mcp.example.com", "toolSchema": {"s3": {"uri": "s3://tools/t.json"}},
				   "listingMode": "DYNAMIC", "resourcePriority": 7},
				 "agentcoreRuntime": {"runtimeArn": "arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/agent-a1b2c3d4e5",
				   "qualifier": "DEFAULT"},
				 "metadata": {"allowedRequestHeaders": ["x-id"], "allowedQueryParameters": ["q"], "allowedResponseHeaders": ["x-r"]},
				 "apiGateway": {"restApiId": "a1b2c3d4e5", "stage": "prod", "toolFilters": [{"path": "/orders", "methods": ["GET"]}],
				   "toolOverrides": [{"name": "list", "description": "List orders", "path": "/orders", "method": "GET"}]},
				 "credentials": {"type": "API_KEY", "signing": {"service": "execute-api", "region": "us-east-1"},
				   "providerArn": "arn:aws:bedrock-agentcore:us-east-1:123456789012:token-vault/default/apikeycredentialprovider/k",
				   "scopes": ["read"], "customParameters": {"audience": "x"}, "grantType": "CLIENT_CREDENTIALS",
				   "defaultReturnUrl": "https://back.example.com", "parameterName": "x-api-key", "prefix": "Key",
				   "location": "QUERY_PARAMETER"},
				 "privateEndpoint": {"managedVpc": {"vpcId": "vpc-0a1b2c3d4e5f60718", "subnetIds": ["subnet-0a1b2c3d"],
				   "securityGroupIds": ["sg-0a1b2c3d"], "ipAddressType": "IPV6", "routingDomain": "alb.corp.example.com"}},
				 "synchronization": {"every": "PT6H"}}""", "spec", spec);
		column("generation", "?", 5L, "lifecycle.generation", 5L);
		column("version", "?", 3, "version", 3);
		column("created_at", "?", at(1), "lifecycle.createdAt", time(1));
		column("updated_at", "?", at(2), "lifecycle.updatedAt", time(2));
		column("created_by", "?", "mapper@example.com", "createdBy", "mapper@example.com");
		column("phase", "?", "FAILED", "status.phase", Phase.FAILED);
		column("observed_generation", "?", 4L, "status.observedGeneration", 4L);
		column("status_message", "?", "Refused.", "status.message", "Refused.");
		column("last_error", "cast(? as jsonb)", """
				{"code": "AWS_ValidationException", "message": "bad", "retryable": false, "occurredAt": "%s"}"""
			.formatted(time(9)), "status.lastError", new ProvisioningError("AWS_ValidationException", "bad", false, time(9)));
		column("attempts", "?", 2, "status.attempts", 2);
		column("next_attempt_at", "?", at(3), "status.nextAttemptAt", time(3));
		column("last_transition_at", "?", at(4), "status.lastTransitionAt", time(4));
		column("deletion_requested_at", "?", at(5), "lifecycle.deletionRequestedAt", time(5));
		column("synchronize_requested_at", "?", at(6), "synchronizeRequestedAt", time(6));
		column("create_token", "?", id + "-g5", "lifecycle.createToken", id + "-g5");
		column("create_pending_at", "?", at(7), "lifecycle.createPendingAt", time(7));
		column("aws_target_id", "?", "ABCDEFGHIJ", "aws.targetId", "ABCDEFGHIJ");
		column("aws_status", "?", "UPDATE_UNSUCCESSFUL", "aws.status", "UPDATE_UNSUCCESSFUL");
		column("aws_status_reasons", "?", new String[] { "one", "two, with a comma" }, "aws.statusReasons",
				List.of("one", "two, with a comma"));
		column("aws_last_synchronized_at", "?", at(8), "aws.lastSynchronizedAt", time(8));
		column("aws_authorization_url", "?", "https://consent.example.com/a", "aws.authorizationUrl", "https://consent.example.com/a");
		column("aws_private_endpoint_resources", "cast(? as jsonb)", """
				{"items": [{"domain": "alb.corp.example.com", "resourceGatewayArn": "arn:aws:vpc-lattice:us-east-1:123456789012:resourcegateway/rgw-0123456789abcdef0",
				  "resourceAssociationArn": "arn:aws:vpc-lattice:us-east-1:123456789012:servicenetworkresourceassociation/snra-0123456789abcdef0"}]}""",
				"aws.privateEndpointResources", new PrivateEndpoint.ManagedResources(List.of(new PrivateEndpoint.ManagedResource(
						"alb.corp.example.com", "arn:aws:vpc-lattice:us-east-1:123456789012:resourcegateway/rgw-0123456789abcdef0",
						"arn:aws:vpc-lattice:us-east-1:123456789012:servicenetworkresourceassociation/snra-0123456789abcdef0"))));
		column("aws_tools", "cast(? as jsonb)", """
				{"listedAt": "%s", "synchronizedAt": "%s", "items": [{"name": "t___a", "description": "A tool"}],
				 "unknownReason": "listed again", "retryable": true}""".formatted(time(12), time(8)), "aws.tools",
				new ListedTools(time(12), time(8), List.of(new ListedTools.Tool("t___a", "A tool")), "listed again", true));
		column("reconcile_requested_at", "?", at(10), null, null);
		column("last_reconciled_at", "?", at(11), null, null);
	}

	/** Inserts the gateway the target belongs to, then the row. */
	void insert(JdbcClient jdbc) {
		jdbc.sql("""
				insert into gateways (id, team, name, spec, generation, version, created_at, updated_at, created_by)
				values (?, ?, ?, cast('{}' as jsonb), 1, 0, now(), now(), 'test')""")
			.params(gatewayId, team, unique("Owner"))
			.update();
		jdbc.sql("insert into gateway_targets (" + String.join(", ", columns.keySet()) + ") values ("
				+ String.join(", ", columns.values().stream().map(Column::placeholder).toList()) + ")")
			.params(columns.values().stream().map(Column::stored).toList())
			.update();
	}

	private void column(String name, String placeholder, Object stored, String accessor, Object expected) {
		columns.put(name, new Column(placeholder, stored, accessor, expected));
	}

	static Instant time(int n) {
		return Instant.parse("2025-01-02T03:04:05.123456Z").plusSeconds(n * 3600L).plusNanos(n * 1000L);
	}

	private static OffsetDateTime at(int n) {
		return time(n).atOffset(ZoneOffset.UTC);
	}

}
