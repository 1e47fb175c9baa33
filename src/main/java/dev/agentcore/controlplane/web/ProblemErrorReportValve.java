package dev.agentcore.controlplane.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's own error answers (requests it refuses before any servlet sees them: malformed paths,
 * headers over the limit) as problem details like every other answer, instead of its HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int code = response.getStatus();
		if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus status = HttpStatus.resolve(code);
		String title = status == null ? "Error" : status.getReasonPhrase();
		String problemCode = status == null ? "HTTP_" + code : Problems.defaultCode(status);
		String detail = code == 400
				? "The request could not be read: a header is over the size limit, or the path or query is malformed."
				: title + ".";
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write("{\"type\":\"" + Problems.TYPE_PREFIX + problemCode.toLowerCase(Locale.ROOT).replace('_', '-')
						+ "\",\"title\":\"" + title + "\",\"status\":" + code + ",\"detail\":\"" + detail + "\",\"code\":\""
						+ problemCode + "\"}");
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The connection is gone or the answer already started; nothing more can be said.
		}
	}

}
