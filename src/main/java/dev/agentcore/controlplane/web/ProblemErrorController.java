package dev.agentcore.controlplane.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Boot's error page so that whatever reaches the container's error dispatch (an
 * exception nobody handled, a filter's error) is still a problem detail, and never shows a
 * stack trace, an exception class or a message written for developers. Asked for directly, it
 * answers 404, and it is not part of the API document.
 */
@RestController
@Hidden
class ProblemErrorController implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null
				&& request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) == null) {
			// Asked for directly, not forwarded by the container: there is nothing to report.
			return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(Problems.problem(HttpStatus.NOT_FOUND, Problems.defaultCode(HttpStatus.NOT_FOUND),
						"Nothing is served at " + request.getMethod() + " " + request.getRequestURI()
								+ ". The API is described at /swagger-ui.html."));
		}
		HttpStatus status = status(request);
		String detail = status.is5xxServerError()
				? "The control plane failed to process the request. It has been logged; retry, and report it if it persists."
				: status.getReasonPhrase() + ".";
		ProblemDetail problem = Problems.problem(status, Problems.defaultCode(status), detail);
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path instanceof String uri) {
			problem.setInstance(URI.create(uri));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value) {
			HttpStatus status = HttpStatus.resolve(value);
			if (status != null && status.isError()) {
				return status;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
