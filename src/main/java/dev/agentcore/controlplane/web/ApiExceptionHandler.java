package dev.agentcore.controlplane.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;

import dev.agentcore.controlplane.web.Problems.FieldError;

/**
 * The one advice for the cross-cutting errors Spring MVC raises: every answer is a problem
 * detail with a stable {@code code}; validation failures list every violation at once.
 * Domain errors carry their own problem (they are {@link org.springframework.web.ErrorResponse}s).
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof ErrorResponseException tooLarge) {
				return handleExceptionInternal(tooLarge, tooLarge.getBody(), headers, tooLarge.getStatusCode(), request);
			}
		}
		return handleExceptionInternal(ex, JsonReadProblems.from(ex), headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = new ArrayList<>();
		ex.getBindingResult().getFieldErrors()
			.forEach(error -> errors.add(new FieldError(error.getField(), error.getDefaultMessage())));
		ex.getBindingResult().getGlobalErrors()
			.forEach(error -> errors.add(new FieldError("(body)", error.getDefaultMessage())));
		return handleExceptionInternal(ex, validationFailed(errors), headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach(result -> {
			String name = result.getMethodParameter().getParameterName();
			result.getResolvableErrors()
				.forEach(error -> errors.add(new FieldError(name, error.getDefaultMessage())));
		});
		return handleExceptionInternal(ex, validationFailed(errors), headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = Problems.problem(HttpStatus.NOT_FOUND, Problems.defaultCode(HttpStatus.NOT_FOUND),
				"Nothing is served at " + ex.getHttpMethod() + " /" + ex.getResourcePath()
						+ ". The API is described at /swagger-ui.html.");
		return handleExceptionInternal(ex, problem, headers, HttpStatus.NOT_FOUND, request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body == null && ex instanceof ErrorResponse errorResponse) {
			body = errorResponse.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
		}
		if (body instanceof ProblemDetail problem && (problem.getProperties() == null
				|| !problem.getProperties().containsKey("code"))) {
			Problems.withCode(problem, Problems.defaultCode(statusCode));
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	/**
	 * A client that hung up mid-response is not the service's problem: nothing can be answered, and
	 * it is logged at DEBUG rather than as a warning. Other write failures go on as they were.
	 */
	@ExceptionHandler
	ResponseEntity<Object> clientGone(IOException ex) throws IOException {
		if (clientWentAway(ex)) {
			return null;
		}
		throw ex;
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotWritable(HttpMessageNotWritableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return clientWentAway(ex) ? null : super.handleHttpMessageNotWritable(ex, headers, status, request);
	}

	private static boolean clientWentAway(Exception ex) {
		if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
			log.debug("Client went away before the response was written: {}", ex.toString());
			return true;
		}
		return false;
	}

	@ExceptionHandler
	ResponseEntity<Object> staleVersion(OptimisticLockingFailureException ex, WebRequest request) {
		ProblemDetail problem = Problems.problem(HttpStatus.PRECONDITION_FAILED, "PRECONDITION_FAILED",
				"The resource was changed by another request at the same time. GET it again, reapply your change, "
						+ "and send the new ETag.");
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.PRECONDITION_FAILED, request);
	}

	/**
	 * PostgreSQL ended this request's transaction to resolve a deadlock or a serialization conflict with a
	 * change running at the same moment (a cascade and a reconcile, say): nothing was written, and the same
	 * request again goes through. A 503 with Retry-After, never a 500; an Idempotency-Key keeps no 5xx answer.
	 */
	@ExceptionHandler
	ResponseEntity<Object> concurrentChange(PessimisticLockingFailureException ex, WebRequest request) {
		ProblemDetail problem = Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "CONCURRENT_CHANGE",
				"Another change of the same resources ran at the same moment and the database stopped this one so that "
						+ "the other could finish; nothing was changed. Send the same request again.");
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, "1");
		return handleExceptionInternal(ex, problem, headers, HttpStatus.SERVICE_UNAVAILABLE, request);
	}

	private static ProblemDetail validationFailed(List<FieldError> errors) {
		errors.sort(Comparator.comparing(FieldError::field));
		String detail = errors.size() == 1 ? "1 field is invalid; see errors."
				: errors.size() + " fields are invalid; see errors.";
		return Problems.validationFailed(detail, errors);
	}

}
