package dev.agentcore.controlplane.web;

import java.io.IOException;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotWritableException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiExceptionHandlerTests {

	private final ApiExceptionHandler handler = new ApiExceptionHandler();

	@Test
	void aClientThatHungUpIsAnsweredWithNothingAndNoWarning() throws Exception {
		ListAppender<ILoggingEvent> logged = capture();
		assertThat(handler.clientGone(new IOException("Broken pipe"))).isNull();
		assertThat(handler.handleHttpMessageNotWritable(new HttpMessageNotWritableException("write failed",
				new IOException("Connection reset by peer")), new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, null))
			.isNull();
		assertThat(logged.list).allSatisfy(event -> assertThat(event.getLevel().isGreaterOrEqual(Level.WARN)).isFalse());
	}

	@Test
	void aTransactionPostgresqlEndedForADeadlockIsA503ToRetryNotA500() {
		var answer = handler.concurrentChange(new CannotAcquireLockException("deadlock detected",
				new java.sql.SQLException("ERROR: deadlock detected", "40P01")), null);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
		assertThat(answer.getBody()).isInstanceOfSatisfying(ProblemDetail.class, problem -> {
			assertThat(problem.getProperties()).containsEntry("code", "CONCURRENT_CHANGE");
			assertThat(problem.getDetail()).contains("nothing was changed").contains("again");
		});
	}

	@Test
	void otherWriteFailuresAreNotSwallowed() {
		assertThatThrownBy(() -> handler.clientGone(new IOException("No space left on device")))
			.isInstanceOf(IOException.class);
	}

	private static ListAppender<ILoggingEvent> capture() {
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		Logger logger = (Logger) LoggerFactory.getLogger(ApiExceptionHandler.class);
		logger.setLevel(Level.DEBUG);
		logger.addAppender(appender);
		return appender;
	}

}
