package dev.agentcore.controlplane.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the limit with 413 before they are buffered: at once when
 * {@code Content-Length} says so, and while reading when the body is chunked.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final ProblemResponseWriter problems;

	RequestSizeLimitFilter(@Value("${controlplane.web.max-request-bytes:3145728}") long maxBytes,
			ProblemResponseWriter problems) {
		this.maxBytes = maxBytes;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxBytes) {
			problems.write(request, response, tooLarge().getBody());
			return;
		}
		chain.doFilter(new Bounded(request, maxBytes), response);
	}

	private ErrorResponseException tooLarge() {
		return new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, Problems.problem(HttpStatus.CONTENT_TOO_LARGE,
				"PAYLOAD_TOO_LARGE", "The request body is larger than " + maxBytes + " bytes. Inline schemas are limited "
						+ "to 1 MB; put larger ones in S3 and reference them by URI."),
				null);
	}

	private final class Bounded extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		Bounded(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				ServletInputStream original = super.getInputStream();
				stream = new ServletInputStream() {

					private long read;

					@Override
					public int read() throws IOException {
						int value = original.read();
						if (value >= 0) {
							count(1);
						}
						return value;
					}

					@Override
					public int read(byte[] buffer, int offset, int length) throws IOException {
						int count = original.read(buffer, offset, length);
						if (count > 0) {
							count(count);
						}
						return count;
					}

					private void count(long bytes) {
						read += bytes;
						if (read > limit) {
							throw tooLarge();
						}
					}

					@Override
					public boolean isFinished() {
						return original.isFinished();
					}

					@Override
					public boolean isReady() {
						return original.isReady();
					}

					@Override
					public void setReadListener(ReadListener listener) {
						original.setReadListener(listener);
					}

				};
			}
			return stream;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

	}

}
