package dev.agentcore.controlplane.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Negotiates the response type before the handler runs: the API answers JSON (and problem+json)
 * only, so an {@code Accept} that allows neither is refused with 406 here, before anything is
 * saved, instead of after the change was committed (and then replayed for an Idempotency-Key).
 * Runs after authentication, before {@link IdempotencyFilter}.
 */
@Component
@Order(0)
class AcceptNegotiationFilter extends OncePerRequestFilter {

	static final List<MediaType> PRODUCED = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);

	/**
	 * Reads change nothing, and some answer in another type too: the event stream, the audit export
	 * (NDJSON) and the Backstage catalog (YAML). Their handlers negotiate the rest.
	 */
	static final List<MediaType> READ = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON,
			MediaType.TEXT_EVENT_STREAM, MediaType.parseMediaType("application/x-ndjson"),
			MediaType.parseMediaType("application/yaml"));

	private final ProblemResponseWriter problems;

	AcceptNegotiationFilter(ProblemResponseWriter problems) {
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/") || request.getHeader(HttpHeaders.ACCEPT) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		if (accepts(request.getHeaders(HttpHeaders.ACCEPT), read ? READ : PRODUCED)) {
			chain.doFilter(request, response);
			return;
		}
		problems.write(request, response, Problems.problem(HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE",
				"This API answers application/json (errors: application/problem+json). Send 'Accept: application/json' "
						+ "or leave Accept out; nothing was changed."));
	}

	private static boolean accepts(java.util.Enumeration<String> headers, List<MediaType> offered) {
		StringBuilder all = new StringBuilder();
		while (headers.hasMoreElements()) {
			all.append(all.isEmpty() ? "" : ",").append(headers.nextElement());
		}
		if (all.toString().isBlank()) {
			return true;
		}
		try {
			return MediaType.parseMediaTypes(all.toString()).stream()
				.filter(range -> range.getQualityValue() > 0)
				.anyMatch(range -> offered.stream().anyMatch(range::isCompatibleWith));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

}
