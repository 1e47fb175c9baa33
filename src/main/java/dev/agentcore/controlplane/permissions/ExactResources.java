package dev.agentcore.controlplane.permissions;

/**
 * A resource a declaration names becomes an IAM {@code Resource} only when it names exactly one
 * thing: IAM reads {@code *} and {@code ?} in a resource ARN as wildcards and has no escape for
 * them, so a schema key {@code s3://bucket/*} would grant the whole bucket. The API refuses such
 * values (400); this guards the policies against values stored before it did.
 */
final class ExactResources {

	private ExactResources() {
	}

	static boolean exact(String value) {
		return value.indexOf('*') < 0 && value.indexOf('?') < 0;
	}

	static String notGranted(String who, String value) {
		return who + " names " + value + ", which holds * or ?: IAM would read them as wildcards, so nothing is granted "
				+ "for it. Rename the object and PUT the target with its exact name.";
	}

}
