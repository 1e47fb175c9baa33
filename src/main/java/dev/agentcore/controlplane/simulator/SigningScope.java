package dev.agentcore.controlplane.simulator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who signed a request and for which region, read from its SigV4 {@code Authorization} header
 * ({@code Credential=<access key id>/<date>/<region>/<service>/aws4_request}): the simulated services tell the
 * account from the access key id and the region from the scope, as AWS does.
 *
 * @param accessKeyId the signer's access key id; empty when the request was not signed
 * @param region the region of the signing scope; null when the request was not signed
 */
record SigningScope(String accessKeyId, String region) {

	private static final Pattern CREDENTIAL = Pattern.compile("Credential=([^/,\\s]+)/[^/]+/([^/]+)/");

	static final SigningScope UNSIGNED = new SigningScope("", null);

	static SigningScope of(String authorization) {
		if (authorization == null) {
			return UNSIGNED;
		}
		Matcher matcher = CREDENTIAL.matcher(authorization);
		return matcher.find() ? new SigningScope(matcher.group(1), matcher.group(2)) : UNSIGNED;
	}

}
