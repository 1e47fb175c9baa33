package dev.agentcore.controlplane.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;

/**
 * RFC 6750 header tokens only (no query or form tokens, which end up in logs), checked character by
 * character instead of with the default resolver's case-insensitive regular expression, which was a
 * tenth of the CPU of a simple GET.
 */
final class FastBearerTokenResolver implements BearerTokenResolver {

	private static final String PREFIX = "bearer ";

	@Override
	public String resolve(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			return null;
		}
		String token = header.substring(PREFIX.length());
		if (token.isEmpty() || !isToken68(token)) {
			BearerTokenError error = BearerTokenErrors.invalidToken("Bearer token is malformed");
			throw new InvalidBearerTokenException(error.getDescription());
		}
		return token;
	}

	/** RFC 6750 b64token: ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/", then any "=". */
	static boolean isToken68(String token) {
		int i = 0;
		int length = token.length();
		for (; i < length; i++) {
			char c = token.charAt(i);
			boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
					|| c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
			if (!allowed) {
				break;
			}
		}
		if (i == 0) {
			return false;
		}
		for (; i < length; i++) {
			if (token.charAt(i) != '=') {
				return false;
			}
		}
		return true;
	}

}
