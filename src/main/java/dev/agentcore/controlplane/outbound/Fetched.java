package dev.agentcore.controlplane.outbound;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A complete response of a guarded fetch.
 *
 * @param uri where the response came from (after same-origin redirects)
 * @param status the HTTP status
 * @param contentType the {@code Content-Type} header, or null
 * @param body the whole body, at most {@code controlplane.outbound.max-response-size}
 */
public record Fetched(URI uri, int status, String contentType, byte[] body) {

	/** The body as UTF-8 text. */
	public String text() {
		return new String(body, StandardCharsets.UTF_8);
	}

}
