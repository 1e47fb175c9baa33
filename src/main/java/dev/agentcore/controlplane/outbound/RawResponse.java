package dev.agentcore.controlplane.outbound;

import java.util.Map;

/**
 * A response as read off the wire.
 *
 * @param status the final (non-1xx) status
 * @param headers the first value of each header, by lower-case name
 * @param body the whole body
 */
record RawResponse(int status, Map<String, String> headers, byte[] body) {

	String header(String lowerCaseName) {
		return headers.get(lowerCaseName);
	}

	boolean isRedirect() {
		return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
	}

}
