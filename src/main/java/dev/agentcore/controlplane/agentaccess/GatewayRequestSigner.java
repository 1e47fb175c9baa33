package dev.agentcore.controlplane.agentaccess;

import java.net.URI;
import java.util.Map;

/**
 * Signs a request to an AWS_IAM gateway with the service's own credentials (SigV4 for
 * {@code bedrock-agentcore}); implemented next to the AWS SDK.
 */
public interface GatewayRequestSigner {

	/** The headers to add (Authorization, X-Amz-Date, and the session token if any). */
	Map<String, String> sign(String method, URI uri, Map<String, String> headers, byte[] body);

}
