package dev.agentcore.controlplane.account;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Where a team may place a gateway, from the accounts that name the team. Pure. Left out, a gateway goes to the
 * team's single account (its first region), else to the control plane's own account and region; asked for, a
 * placement must be an account and region that allows the team.
 */
public final class PlacementRules {

	private PlacementRules() {
	}

	/**
	 * @param requested the placement asked for; null to take the default
	 * @param usable the accounts that name the team (their spec allows it)
	 * @throws org.springframework.web.ErrorResponseException 403 PLACEMENT_NOT_ALLOWED
	 */
	public static Placement resolve(String team, Placement requested, List<Account> usable) {
		if (requested == null) {
			return usable.size() == 1 ? new Placement(usable.getFirst().accountId(), usable.getFirst().spec().regions().getFirst())
					: Placement.OWN;
		}
		boolean allowed = usable.stream()
			.anyMatch(account -> account.accountId().equals(requested.accountId())
					&& account.spec().allows(team, requested.region()) && !account.deletionRequested());
		if (!allowed) {
			throw AccountProblems.placementNotAllowed(team, requested.accountId(), requested.region(), usable.isEmpty()
					? "No account allows the team: leave placement out to use the control plane's own account, or ask an "
							+ "admin to add the team to an account (PUT /api/v1/accounts/{id})."
					: "The team may use: " + usable.stream()
						.map(account -> account.accountId() + " (" + String.join(", ", account.spec().regions()) + ")")
						.collect(Collectors.joining(", ")) + ".");
		}
		return requested;
	}

}
