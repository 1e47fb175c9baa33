package dev.agentcore.controlplane.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.agentcore.controlplane.web.Problems.FieldError;

/**
 * Query parameters (filters such as {@code ?name=}) hold no control characters: a NUL would reach
 * PostgreSQL, which refuses it with an error instead of an answer. Refused with 400 naming the
 * parameter. Only the query string is read, never a form body.
 */
@Component
@Order(0)
class QueryParameterCheck extends OncePerRequestFilter {

	private final ProblemResponseWriter problems;

	QueryParameterCheck(ProblemResponseWriter problems) {
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getQueryString() == null || !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		for (String pair : request.getQueryString().split("&")) {
			int equals = pair.indexOf('=');
			String name;
			String value;
			try {
				name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
				value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				problems.write(request, response, Problems.problem(HttpStatus.BAD_REQUEST, "BAD_REQUEST",
						"The query string is not valid percent-encoding."));
				return;
			}
			if (ControlCharacters.present(name) || ControlCharacters.present(value)) {
				String field = ControlCharacters.visible(name);
				problems.write(request, response, Problems.validationFailed("1 field is invalid; see errors.",
						List.of(new FieldError(field, ControlCharacters.MESSAGE))));
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
