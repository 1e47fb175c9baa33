package dev.agentcore.controlplane.idp;

/**
 * Reads the client secrets the provisioner keeps in AWS Secrets Manager; implemented next to the
 * AWS SDK. Only the ARNs of a profile's own managed clients are ever passed in.
 */
public interface ClientSecrets {

	/**
	 * The client secret stored at {@code secretArn}.
	 *
	 * @throws Unreadable when the secret is missing, deleted or not readable
	 */
	ClientSecret read(String secretArn);

	/** The secret could not be read; the message names the reason, never a value. */
	class Unreadable extends RuntimeException {

		public Unreadable(String message) {
			super(message, null, false, false);
		}

	}

}
