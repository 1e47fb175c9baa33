package dev.agentcore.controlplane.idp;

/**
 * An OAuth client secret, held only in memory for the call that needs it. {@link #toString()}
 * never shows it, so a log statement or an exception message cannot leak it by accident.
 *
 * @param value the secret
 */
public record ClientSecret(String value) {

	@Override
	public String toString() {
		return "ClientSecret[<redacted>]";
	}

}
