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
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * {@code Idempotency-Key} on POST: the same key with the same body within 24 hours gets the
 * original status and body and creates nothing; the same key with another body is refused with
 * 422. Runs after authentication, as keys are scoped to the caller's team. Read-only POSTs
 * ({@link ReadOnlyPosts}, e.g. token checks) are not idempotency-cached: they change nothing and
 * their answers may echo secrets. Answers about the request's form rather than its meaning (406,
 * 415) are not kept either, so a corrected retry with the same key is served.
 */
@Component
@Profile("!simulator")
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	static final int MAX_KEY_LENGTH = 255;

	static final Set<Integer> NEVER_KEPT = Set.of(406, 415);

	private final IdempotencyKeys keys;

	private final ProblemResponseWriter problems;

	private final List<PathPattern> readOnly;

	/**
	 * Token requests need the write scope (they use a client secret), so they are no read-only POST, but
	 * like one they create nothing and their answer may hold the token: never kept either.
	 */
	static final PathPattern TOKEN_REQUESTS = PathPatternParser.defaultInstance.parse("/api/v1/idp-profiles/{id}/token-requests");

	IdempotencyFilter(IdempotencyKeys keys, ProblemResponseWriter problems, List<ReadOnlyPosts> readOnlyPosts) {
		this.keys = keys;
		this.problems = problems;
		this.readOnly = readOnlyPosts.stream()
			.flatMap(posts -> posts.patterns().stream())
			.map(PathPatternParser.defaultInstance::parse)
			.toList();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
				|| !request.getRequestURI().startsWith("/api/")) {
			return true;
		}
		PathContainer path = PathContainer.parsePath(request.getRequestURI());
		return readOnly.stream().anyMatch(pattern -> pattern.matches(path)) || TOKEN_REQUESTS.matches(path);
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
			if (recorded.getStatus() < 500 && !NEVER_KEPT.contains(recorded.getStatus())) {
				// A response marked no-store (one that shows a secret once) is remembered without its body.
				String cacheControl = recorded.getHeader(HttpHeaders.CACHE_CONTROL);
				boolean noStore = cacheControl != null && cacheControl.contains("no-store");
				keys.complete(scope, key, recorded.getStatus(), recorded.getHeader(HttpHeaders.LOCATION),
						noStore ? null : new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8));
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
		if (replay.body() != null) {
			response.getOutputStream().write(replay.body().getBytes(StandardCharsets.UTF_8));
		}
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
