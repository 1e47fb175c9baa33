package dev.agentcore.controlplane.account;

/**
 * Where a gateway (and with it its targets) lives: an account and region the control plane provisions into. The
 * control plane's own account and region is {@link #OWN} (both null), which is where gateways lived before accounts.
 *
 * @param accountId the 12-digit AWS account id; null for the control plane's own
 * @param region the region; null for the control plane's own
 */
public record Placement(String accountId, String region) {

	public static final Placement OWN = new Placement(null, null);

	/** An AWS account id, as requests take it. */
	public static final String ACCOUNT_ID = "\\d{12}";

	/** An AWS region name, as requests take it. */
	public static final String REGION = "[a-z]{2}(-[a-z]+)+-\\d{1,2}";

	public boolean own() {
		return accountId == null;
	}

	@Override
	public String toString() {
		return own() ? "the control plane's own account and region" : accountId + "/" + region;
	}

}
