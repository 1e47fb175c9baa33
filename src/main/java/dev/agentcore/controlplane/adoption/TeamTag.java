package dev.agentcore.controlplane.adoption;

import java.util.Map;

/**
 * The tag that claims an AWS resource for a team: the key the control plane writes on the AWS
 * resources it makes for a team (a managed IDP profile's user pool and secrets). A gateway tagged
 * for a team is imported only for that team.
 */
final class TeamTag {

	static final String KEY = "agentcore-control-plane:team";

	private TeamTag() {
	}

	/** The team the tags claim the resource for; null when they claim none. */
	static String claimedBy(Map<String, String> tags) {
		return tags == null ? null : tags.get(KEY);
	}

}
