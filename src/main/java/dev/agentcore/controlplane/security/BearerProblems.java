package dev.agentcore.controlplane.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.web.ProblemResponseWriter;
import dev.agentcore.controlplane.web.Problems;

/**
 * The 401 and 403 answers: problem details with a {@code WWW-Authenticate: Bearer} challenge
 * (RFC 6750) whose description says what to fix, in words chosen here rather than the token
 * library's (which can name classes and internal URLs).
 */
@Component
class BearerProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ProblemResponseWriter writer;

	private final SecuritySettings settings;

	BearerProblems(ProblemResponseWriter writer, SecuritySettings settings) {
		this.writer = writer;
		this.settings = settings;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		boolean tokenGiven = exception instanceof OAuth2AuthenticationException;
		String detail = tokenGiven ? explain(exception)
				: "This endpoint needs a bearer token: send 'Authorization: Bearer <access token>'.";
		String challenge = tokenGiven ? "Bearer error=\"invalid_token\", error_description=\"" + detail + "\"" : "Bearer";
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
		ProblemDetail problem = Problems.problem(HttpStatus.UNAUTHORIZED, tokenGiven ? "INVALID_TOKEN" : "UNAUTHORIZED",
				detail);
		writer.write(request, response, problem);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException exception) throws IOException {
		String path = request.getRequestURI();
		if (!path.startsWith("/api/") && !path.startsWith("/actuator/")) {
			// Denied by default: nothing is served here, whoever asks.
			writer.write(request, response, Problems.problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "Nothing is served at "
					+ request.getMethod() + " " + path + ". The API is described at /swagger-ui.html."));
			return;
		}
		SecuritySettings.Scopes scopes = settings.scopes();
		String detail = "The token lacks the scope this operation needs: reading needs '" + scopes.read()
				+ "', changes need '" + scopes.write() + "', operations endpoints need '" + scopes.admin() + "'.";
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
				"Bearer error=\"insufficient_scope\", error_description=\"" + detail + "\"");
		writer.write(request, response, Problems.problem(HttpStatus.FORBIDDEN, "INSUFFICIENT_SCOPE", detail));
	}

	/** Every message in the cause chain, including each failed validator's description. */
	private static String messages(Throwable exception) {
		StringBuilder messages = new StringBuilder();
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			messages.append(cause.getMessage()).append('\n');
			if (cause instanceof JwtValidationException invalid) {
				invalid.getErrors().forEach(error -> messages.append(error.getDescription()).append('\n'));
			}
		}
		return messages.toString();
	}

	static String explain(AuthenticationException exception) {
		String message = messages(exception).toLowerCase(java.util.Locale.ROOT);
		if (message.contains("control characters")) {
			return "A claim of the token (subject, team or client id) contains control characters.";
		}
		if (message.contains("no 'exp'")) {
			return "The token has no expiry ('exp'); only access tokens that expire are accepted.";
		}
		if (message.contains("expired")) {
			return "The token has expired; obtain a new one.";
		}
		if (message.contains("not before") || message.contains("nbf")) {
			return "The token is not valid yet (nbf is in the future).";
		}
		if (message.contains("iss claim") || message.contains("issuer")) {
			return "The token was issued by an issuer this service does not trust.";
		}
		if (message.contains("audience") || message.contains("client id")) {
			return "The token names neither an audience nor a client id that this service accepts.";
		}
		if (message.contains("signature") || message.contains("algorithm") || message.contains("jws")
				|| message.contains("key")) {
			return "The token's signature cannot be verified with the issuer's keys.";
		}
		return "The token is malformed or cannot be verified.";
	}

}
