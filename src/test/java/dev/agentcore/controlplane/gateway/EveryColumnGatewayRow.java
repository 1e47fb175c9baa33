package dev.agentcore.controlplane.gateway;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.agentcore.controlplane.account.Placement;
import dev.agentcore.controlplane.gateway.GatewaySpec.Authorizer;
import dev.agentcore.controlplane.gateway.GatewaySpec.AuthorizerType;
import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ProvisioningError;
import dev.agentcore.controlplane.web.Ids;

import static dev.agentcore.controlplane.support.Fixtures.unique;

/**
 * A {@code gateways} row with every column set to a value no default and no other column has, and
 * for each column the accessor path of {@link Gateway} that must show it and the value it must show.
 */
final class EveryColumnGatewayRow {

	/** A column, how it is written ({@code ?} or a cast), what is stored, and where the aggregate shows it. */
	record Column(String placeholder, Object stored, String accessor, Object expected) {
	}

	/**
	 * Columns the aggregate deliberately does not map: only the provisioner's targeted statements use them
	 * ({@code StatusColumns.changeMarker} and {@code apply}).
	 */
	static final Set<String> NOT_IN_AGGREGATE = Set.of("reconcile_requested_at", "last_reconciled_at");

	/** Accessors derived from other columns rather than mapped from their own. */
	static final Set<String> DERIVED = Set.of("deletionRequested", "ref", "generation", "createdAt", "updatedAt",
			"createPendingAt", "domainEvents");

	final UUID id = Ids.newId();

	final UUID profileId = Ids.newId();

	final String team = unique("team");

	final String name = unique("Mapped");

	final Map<String, Column> columns = new LinkedHashMap<>();

	final GatewaySpec spec = new GatewaySpec("every member set", "arn:aws:iam::123456789012:role/mapped",
			new Authorizer(AuthorizerType.CUSTOM_JWT, profileId, Map.of("tools:read", "read")),
			new GatewaySpec.Protocol(List.of("2025-03-26", "2025-06-18"), "Use the mapped tools", GatewaySpec.SearchType.SEMANTIC,
					1800, true, false),
			"arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab", GatewaySpec.ExceptionLevel.DEBUG,
			Map.of("env", "prod", "cost-center", "42"),
			List.of(new GatewayMembers.Interceptor("arn:aws:lambda:us-east-1:123456789012:function:redact",
					List.of(GatewayMembers.InterceptionPoint.REQUEST, GatewayMembers.InterceptionPoint.RESPONSE), true, false)),
			new GatewayMembers.PolicyEngine("arn:aws:bedrock-agentcore:us-east-1:123456789012:policy-engine/mapped-a1b2c3d4e5",
					GatewayMembers.PolicyEngineMode.ENFORCE),
			Set.of(), new GatewaySpec.ExecutionRole(true), tools.jackson.databind.json.JsonMapper.builder().build().readTree(
					"{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": "
							+ "[\"222233334444\"]}, \"Action\": \"bedrock-agentcore:InvokeGateway\", \"Resource\": \"*\"}]}"),
			List.of("https://app.example.com/done"));

	final ProvisioningError lastError = new ProvisioningError("AWS_ThrottlingException", "Rate exceeded", true,
			time(9));

	EveryColumnGatewayRow() {
		column("id", id, "id", id);
		column("team", team, "team", team);
		column("name", name, "name", name);
		column("spec", "cast(? as jsonb)", """
				{"description": "every member set", "roleArn": "arn:aws:iam::123456789012:role/mapped",
				 "authorizer": {"type": "CUSTOM_JWT", "idpProfileId": "%s", "advertisedScopeMapping": {"tools:read": "read"}},
				 "protocol": {"supportedVersions": ["2025-03-26", "2025-06-18"], "instructions": "Use the mapped tools",
				   "searchType": "SEMANTIC", "sessionTimeoutSeconds": 1800, "responseStreaming": true, "listToolsPagination": false},
				 "kmsKeyArn": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
				 "exceptionLevel": "DEBUG", "tags": {"env": "prod", "cost-center": "42"},
				 "interceptors": [{"lambdaArn": "arn:aws:lambda:us-east-1:123456789012:function:redact",
				   "points": ["REQUEST", "RESPONSE"], "passRequestHeaders": true, "excludeResponseBody": false}],
				 "policyEngine": {"arn": "arn:aws:bedrock-agentcore:us-east-1:123456789012:policy-engine/mapped-a1b2c3d4e5",
				   "mode": "ENFORCE"},
				 "ownedMembers": ["authorizer.advertisedScopeMapping", "interceptors", "policyEngine", "protocol.listToolsPagination",
				   "protocol.responseStreaming", "protocol.sessionTimeoutSeconds", "resourcePolicy"],
				 "executionRole": {"managed": true},
				 "resourcePolicy": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
				   "Principal": {"AWS": ["222233334444"]}, "Action": "bedrock-agentcore:InvokeGateway", "Resource": "*"}]},
				 "oauthReturnUrls": ["https://app.example.com/done"]}"""
			.formatted(profileId), "spec", spec);
		column("idp_profile_id", profileId, "idpProfileId", profileId);
		column("placement_account_id", "210987654321", "placement", new Placement("210987654321", "eu-west-1"));
		column("placement_region", "eu-west-1", "placement", new Placement("210987654321", "eu-west-1"));
		column("generation", 5L, "lifecycle.generation", 5L);
		column("version", 3, "version", 3);
		column("created_at", at(1), "lifecycle.createdAt", time(1));
		column("updated_at", at(2), "lifecycle.updatedAt", time(2));
		column("created_by", "mapper@example.com", "createdBy", "mapper@example.com");
		column("phase", "UPDATING", "status.phase", Phase.UPDATING);
		column("observed_generation", 4L, "status.observedGeneration", 4L);
		column("status_message", "Applying generation 5.", "status.message", "Applying generation 5.");
		column("last_error", "cast(? as jsonb)", """
				{"code": "AWS_ThrottlingException", "message": "Rate exceeded", "retryable": true,
				 "occurredAt": "%s"}""".formatted(time(9)), "status.lastError", lastError);
		column("attempts", 2, "status.attempts", 2);
		column("next_attempt_at", at(3), "status.nextAttemptAt", time(3));
		column("last_transition_at", at(4), "status.lastTransitionAt", time(4));
		column("deletion_requested_at", at(5), "lifecycle.deletionRequestedAt", time(5));
		column("cascade_delete", true, "cascadeDelete", true);
		column("target_count", 7, "targetCount", 7);
		column("create_token", id + "-g5", "lifecycle.createToken", id + "-g5");
		column("create_pending_at", at(6), "lifecycle.createPendingAt", time(6));
		column("aws_gateway_id", "mapped-a1b2c3d4e5", "aws.gatewayId", "mapped-a1b2c3d4e5");
		column("aws_gateway_arn", "arn:aws:bedrock-agentcore:us-east-1:123456789012:gateway/mapped-a1b2c3d4e5",
				"aws.gatewayArn", "arn:aws:bedrock-agentcore:us-east-1:123456789012:gateway/mapped-a1b2c3d4e5");
		column("aws_gateway_url", "https://mapped-a1b2c3d4e5.gateway.bedrock-agentcore.us-east-1.amazonaws.com/mcp",
				"aws.gatewayUrl", "https://mapped-a1b2c3d4e5.gateway.bedrock-agentcore.us-east-1.amazonaws.com/mcp");
		column("aws_status", "UPDATING", "aws.status", "UPDATING");
		column("aws_status_reasons", new String[] { "first reason", "second, with a comma" }, "aws.statusReasons",
				List.of("first reason", "second, with a comma"));
		column("aws_workload_identity_arn", "arn:aws:bedrock-agentcore:us-east-1:123456789012:workload-identity-directory/default/"
				+ "workload-identity/mapped-a1b2c3d4e5", "aws.workloadIdentityArn", "arn:aws:bedrock-agentcore:us-east-1:123456789012:"
						+ "workload-identity-directory/default/workload-identity/mapped-a1b2c3d4e5");
		columns.put("reconcile_requested_at", new Column("?", at(7), null, null));
		columns.put("last_reconciled_at", new Column("?", at(8), null, null));
	}

	/** Inserts the IDP profile the authorizer names, then the row. */
	void insert(JdbcClient jdbc) {
		jdbc.sql("""
				insert into idp_profiles (id, team, name, spec, discovery, generation, version, created_at, updated_at, created_by)
				values (?, ?, ?, cast('{}' as jsonb), cast('{}' as jsonb), 1, 0, now(), now(), 'test')""")
			.params(profileId, team, unique("profile"))
			.update();
		String names = String.join(", ", columns.keySet());
		String placeholders = String.join(", ", columns.values().stream().map(Column::placeholder).toList());
		jdbc.sql("insert into gateways (" + names + ") values (" + placeholders + ")")
			.params(columns.values().stream().map(Column::stored).toList())
			.update();
	}

	private void column(String name, Object stored, String accessor, Object expected) {
		column(name, "?", stored, accessor, expected);
	}

	private void column(String name, String placeholder, Object stored, String accessor, Object expected) {
		columns.put(name, new Column(placeholder, stored, accessor, expected));
	}

	/** Distinct instants with microseconds, as PostgreSQL keeps them. */
	static Instant time(int n) {
		return Instant.parse("2025-01-02T03:04:05.123456Z").plusSeconds(n * 3600L).plusNanos(n * 1000L);
	}

	private static OffsetDateTime at(int n) {
		return time(n).atOffset(ZoneOffset.UTC);
	}

}
