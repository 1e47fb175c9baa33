package dev.agentcore.controlplane.account;

import java.util.List;

/**
 * What an admin declares for an account besides its id; stored as the aggregate's {@code spec}.
 *
 * @param regions the regions gateways may be placed in, in the order given
 * @param roleArn the role in the account the control plane assumes
 * @param externalId what the role's trust policy requires as {@code sts:ExternalId}
 * @param teams the teams that may place gateways in the account
 */
public record AccountSpec(List<String> regions, String roleArn, String externalId, List<String> teams) {

	public AccountSpec {
		regions = regions == null ? List.of() : List.copyOf(regions);
		teams = teams == null ? List.of() : List.copyOf(teams);
	}

	/** Whether {@code team} may place gateways in {@code region} of the account. */
	public boolean allows(String team, String region) {
		return teams.contains(team) && regions.contains(region);
	}

}
