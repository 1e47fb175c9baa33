package dev.agentcore.controlplane.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.agentcore.controlplane.web.ProblemResponseWriter;
import dev.agentcore.controlplane.web.Problems;

/**
 * Answers 404 for a path prefix that must not exist in this mode (the embedded default's
 * {@code /local/} in production), whatever a future controller maps there by mistake.
 */
final class AbsentPaths extends OncePerRequestFilter {

	private final String prefix;

	private final ProblemResponseWriter writer;

	AbsentPaths(String prefix, ProblemResponseWriter writer) {
		this.prefix = prefix;
		this.writer = writer;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(prefix);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		writer.write(request, response, Problems.problem(HttpStatus.NOT_FOUND, Problems.defaultCode(HttpStatus.NOT_FOUND),
				"Nothing is served at " + request.getMethod() + " " + request.getRequestURI() + " in production; "
						+ prefix + " exists only in the embedded default."));
	}

}
