package dev.agentcore.controlplane.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on POST: the same key with the same body within 24 hours gets the
 * original status and body and creates nothing; the same key with another body is refused with
 * 422. Runs after authentication, as keys are scoped to the caller's team. Plans change nothing,
 * so their answers are not kept.
 */
@Component
@Profile("!simulator")
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	static final int MAX_KEY_LENGTH = 255;

	private final IdempotencyKeys keys;

	private final ProblemResponseWriter problems;

	IdempotencyFilter(IdempotencyKeys keys, ProblemResponseWriter problems) {
		this.keys = keys;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
				|| !request.getRequestURI().startsWith("/api/") || request.getRequestURI().endsWith("/plans");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(HEADER);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			chain.doFilter(request, response);
			return;
		}
		if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
			problems.write(request, response, Problems.validationFailed("1 field is invalid; see errors.",
					List.of(new Problems.FieldError(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters"))));
			return;
		}
		String scope = authentication.getPrincipal() instanceof IdempotencyScope scoped ? scoped.idempotencyScope()
				: "subject:" + authentication.getName();
		CachedBodyRequest cached;
		try {
			cached = new CachedBodyRequest(request);
		}
		catch (ErrorResponseException tooLarge) {
			problems.write(request, response, tooLarge.getBody());
			return;
		}
		String hash = hash(request, cached.body());
		switch (keys.claim(scope, key, hash)) {
			case IdempotencyKeys.Claimed claimed -> run(cached, response, chain, scope, key);
			case IdempotencyKeys.Replay replay -> replay(response, replay);
			case IdempotencyKeys.Mismatch mismatch -> problems.write(request, response,
					Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "IDEMPOTENCY_KEY_REUSED",
							"This Idempotency-Key was already used with a different request in the last 24 hours. "
									+ "Use a new key for a new request."));
			case IdempotencyKeys.InProgress inProgress -> problems.write(request, response,
					Problems.problem(HttpStatus.CONFLICT, "IDEMPOTENCY_KEY_IN_USE",
							"A request with this Idempotency-Key is still being processed; retry in a moment."));
		}
	}

	private void run(CachedBodyRequest request, HttpServletResponse response, FilterChain chain, String scope,
			String key) throws IOException, ServletException {
		ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
		boolean completed = false;
		try {
			chain.doFilter(request, recorded);
			if (recorded.getStatus() < 500) {
				keys.complete(scope, key, recorded.getStatus(), recorded.getHeader(HttpHeaders.LOCATION),
						new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8));
				completed = true;
			}
		}
		finally {
			if (!completed) {
				keys.release(scope, key);
			}
			recorded.copyBodyToResponse();
		}
	}

	private static void replay(HttpServletResponse response, IdempotencyKeys.Replay replay) throws IOException {
		response.setStatus(replay.status());
		if (replay.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, replay.location());
		}
		response.setHeader("Idempotent-Replayed", "true");
		response.setContentType(replay.status() >= 400 ? MediaType.APPLICATION_PROBLEM_JSON_VALUE
				: MediaType.APPLICATION_JSON_VALUE);
		response.getOutputStream().write(replay.body().getBytes(StandardCharsets.UTF_8));
	}

	private static String hash(HttpServletRequest request, byte[] body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
				.getBytes(StandardCharsets.UTF_8));
			digest.update(body);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
