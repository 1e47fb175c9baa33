package dev.agentcore.controlplane.permissions;

import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.agentcore.controlplane.gatewaytarget.Credentials;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks;
import dev.agentcore.controlplane.gatewaytarget.TargetSpec;
import dev.agentcore.controlplane.permissions.PermissionPlanner.PlannedTarget;

/** The AWS resources a gateway's targets reach, collected once, in a stable order. */
final class TargetResources {

	final TreeSet<String> functions = new TreeSet<>();

	final TreeMap<String, TreeSet<String>> objectsByOwner = new TreeMap<>();

	final TreeSet<String> oauthProviders = new TreeSet<>();

	final TreeSet<String> apiKeyProviders = new TreeSet<>();

	private TargetResources() {
	}

	static TargetResources of(List<PlannedTarget> targets, String partition, List<String> notes) {
		TargetResources resources = new TargetResources();
		targets.forEach(target -> resources.collect(target, partition, notes));
		return resources;
	}

	private void collect(PlannedTarget target, String partition, List<String> notes) {
		TargetSpec spec = target.spec();
		switch (target.type()) {
			case OPENAPI -> schema(spec.openApi(), partition);
			case SMITHY -> {
				schema(spec.smithy(), partition);
				notes.add("Target " + target.name() + " is a Smithy model: the execution role also needs the actions of "
						+ "the service it models (e.g. s3:ListBucket for Amazon S3), which only the model names.");
			}
			case LAMBDA -> {
				functions.add(spec.lambda().functionArn());
				if (spec.lambda().toolSchema().s3() != null) {
					object(spec.lambda().toolSchema().s3(), partition);
				}
			}
			case API_GATEWAY -> notes.add("Target " + target.name() + " calls API Gateway REST API "
					+ spec.apiGateway().restApiId() + " with the execution role: allow execute-api:Invoke on its stage "
					+ spec.apiGateway().stage() + " if the API uses IAM authorization.");
			default -> {
			}
		}
		Credentials credentials = spec.credentials();
		if (credentials != null && credentials.type() == Credentials.CredentialType.OAUTH) {
			oauthProviders.add(credentials.providerArn());
		}
		if (credentials != null && credentials.type() == Credentials.CredentialType.API_KEY) {
			apiKeyProviders.add(credentials.providerArn());
		}
	}

	private void schema(TargetBlocks.SchemaSource source, String partition) {
		if (source != null && source.s3() != null) {
			object(source.s3(), partition);
		}
	}

	private void object(TargetBlocks.S3Location location, String partition) {
		String path = location.uri().substring("s3://".length());
		String owner = Objects.requireNonNullElse(location.bucketOwnerAccountId(), "");
		objectsByOwner.computeIfAbsent(owner, key -> new TreeSet<>()).add("arn:" + partition + ":s3:::" + path);
	}

}
