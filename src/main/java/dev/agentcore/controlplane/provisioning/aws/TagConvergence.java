package dev.agentcore.controlplane.provisioning.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;

import dev.agentcore.controlplane.provisioning.AgentCore.Call;

/**
 * Tags after creation: UpdateGateway carries none, so they converge with ListTagsForResource,
 * TagResource and UntagResource. Keys starting with {@code aws:} belong to AWS and are left alone.
 */
final class TagConvergence {

	private TagConvergence() {
	}

	static Call<String> converge(SdkCalls calls, BedrockAgentCoreControlClient aws, String resourceArn, Map<String, String> desired) {
		Map<String, String> held = new TreeMap<>(calls.read("ListTagsForResource",
				() -> aws.listTagsForResource(r -> r.resourceArn(resourceArn))).tags());
		held.keySet().removeIf(TagConvergence::reserved);
		Map<String, String> missing = new TreeMap<>(desired);
		missing.entrySet().removeIf(entry -> entry.getValue().equals(held.get(entry.getKey())));
		List<String> extra = held.keySet().stream().filter(key -> !desired.containsKey(key)).sorted().toList();
		List<String> changes = new ArrayList<>();
		String requestId = null;
		if (!missing.isEmpty()) {
			requestId = calls.mutating("TagResource", () -> aws.tagResource(r -> r.resourceArn(resourceArn).tags(missing)))
				.responseMetadata()
				.requestId();
			changes.add("TagResource set " + missing.keySet());
		}
		if (!extra.isEmpty()) {
			requestId = calls.mutating("UntagResource",
					() -> aws.untagResource(r -> r.resourceArn(resourceArn).tagKeys(extra)))
				.responseMetadata()
				.requestId();
			changes.add("UntagResource removed " + extra);
		}
		return new Call<>(changes.isEmpty() ? null : String.join("; ", changes), requestId);
	}

	private static boolean reserved(String key) {
		return key.regionMatches(true, 0, "aws:", 0, 4);
	}

}
