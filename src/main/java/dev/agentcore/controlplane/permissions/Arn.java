package dev.agentcore.controlplane.permissions;

/**
 * The parts of an ARN: {@code arn:partition:service:region:account:resource}.
 */
record Arn(String partition, String service, String region, String account, String resource) {

	static Arn parse(String arn) {
		String[] parts = arn.split(":", 6);
		if (parts.length < 6 || !parts[0].equals("arn")) {
			throw new IllegalArgumentException("not an ARN: " + arn);
		}
		return new Arn(parts[1], parts[2], parts[3], parts[4], parts[5]);
	}

	/** The AWS service principal domain of the partition (amazonaws.com, or amazonaws.com.cn in China). */
	String dnsSuffix() {
		return partition.equals("aws-cn") ? "amazonaws.com.cn" : "amazonaws.com";
	}

	String last() {
		return resource.substring(resource.lastIndexOf('/') + 1);
	}

}
