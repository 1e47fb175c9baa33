package dev.agentcore.controlplane.permissions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.agentcore.controlplane.gateway.GatewaySpec;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks;
import dev.agentcore.controlplane.gatewaytarget.TargetSpec;

/**
 * A resource a declaration names that a managed execution role is granted: the field that names
 * it, and the spec fragments (jsonb containment) by which another declaration names the same one.
 *
 * @param field the request field, e.g. {@code lambda.functionArn}
 * @param value the resource it names
 * @param inTargets spec fragments of targets that name it
 * @param inGateways spec fragments of gateways that name it
 */
record NamedResource(String field, String value, List<Map<String, Object>> inTargets,
		List<Map<String, Object>> inGateways) {

	/** What a target names that becomes a grant of a managed role. */
	static List<NamedResource> of(TargetSpec spec) {
		List<NamedResource> named = new ArrayList<>();
		if (spec.lambda() != null) {
			named.add(function("lambda.functionArn", spec.lambda().functionArn()));
			object(named, "lambda.toolSchema.s3.uri", spec.lambda().toolSchema() == null ? null : spec.lambda().toolSchema().s3());
		}
		object(named, "openApi.s3.uri", spec.openApi() == null ? null : spec.openApi().s3());
		object(named, "smithy.s3.uri", spec.smithy() == null ? null : spec.smithy().s3());
		if (spec.mcpServer() != null && spec.mcpServer().toolSchema() != null) {
			object(named, "mcpServer.toolSchema.s3.uri", spec.mcpServer().toolSchema().s3());
		}
		if (spec.agentcoreRuntime() != null) {
			String arn = spec.agentcoreRuntime().runtimeArn();
			named.add(new NamedResource("agentcoreRuntime.runtimeArn", arn,
					List.of(Map.of("agentcoreRuntime", Map.of("runtimeArn", arn))), List.of()));
		}
		if (spec.credentials() != null && spec.credentials().providerArn() != null) {
			String arn = spec.credentials().providerArn();
			named.add(new NamedResource("credentials.providerArn", arn,
					List.of(Map.of("credentials", Map.of("providerArn", arn))), List.of()));
		}
		return named;
	}

	/** What a gateway names that becomes a grant of its managed role. */
	static List<NamedResource> of(GatewaySpec spec) {
		List<NamedResource> named = new ArrayList<>();
		if (spec.interceptors() != null) {
			for (int i = 0; i < spec.interceptors().size(); i++) {
				named.add(function("interceptors[" + i + "].lambdaArn", spec.interceptors().get(i).lambdaArn()));
			}
		}
		if (spec.kmsKeyArn() != null) {
			named.add(new NamedResource("kmsKeyArn", spec.kmsKeyArn(), List.of(),
					List.of(Map.of("kmsKeyArn", spec.kmsKeyArn()))));
		}
		return named;
	}

	/** A function is named by a Lambda target or by an interceptor. */
	private static NamedResource function(String field, String arn) {
		return new NamedResource(field, arn, List.of(Map.of("lambda", Map.of("functionArn", arn))),
				List.of(Map.of("interceptors", List.of(Map.of("lambdaArn", arn)))));
	}

	/** An S3 object is named by any schema location of a target with the same URI. */
	private static void object(List<NamedResource> named, String field, TargetBlocks.S3Location location) {
		if (location == null) {
			return;
		}
		Map<String, Object> s3 = Map.of("s3", Map.of("uri", location.uri()));
		named.add(new NamedResource(field, location.uri(), List.of(Map.of("openApi", s3), Map.of("smithy", s3),
				Map.of("lambda", Map.of("toolSchema", s3)), Map.of("mcpServer", Map.of("toolSchema", s3))), List.of()));
	}

}
