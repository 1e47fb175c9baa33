package dev.agentcore.controlplane.outbound;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import dev.agentcore.controlplane.outbound.FetchFailed.Reason;

/**
 * Reads an HTTP/1.1 response with every part bounded: the status line and headers (size and
 * count) and the body (Content-Length, chunked, or up to the end of the connection), each against
 * the size cap before it is buffered.
 */
final class ResponseReader {

	static final int MAX_HEADER_BYTES = 32 * 1024;

	static final int MAX_HEADERS = 100;

	private final InputStream in;

	private final long maxBody;

	private final String origin;

	private int headerBudget = MAX_HEADER_BYTES;

	ResponseReader(InputStream in, long maxBody, String origin) {
		this.in = in;
		this.maxBody = maxBody;
		this.origin = origin;
	}

	RawResponse read(boolean head) throws IOException, FetchFailed {
		int status;
		Map<String, String> headers;
		do {
			status = statusCode(line());
			headers = headers();
		}
		while (status >= 100 && status < 200 && status != 101);
		if (status == 101) {
			throw bad("switched protocols");
		}
		if (head || status == 204 || status == 304) {
			return new RawResponse(status, headers, new byte[0]);
		}
		String encoding = headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT);
		byte[] body = encoding.contains("chunked") ? chunked() : headers.containsKey("content-length")
				? exactly(contentLength(headers.get("content-length"))) : untilClosed();
		return new RawResponse(status, headers, body);
	}

	private int statusCode(String line) throws FetchFailed {
		if (!line.startsWith("HTTP/1.") || line.length() < 12 || line.charAt(8) != ' ') {
			throw bad("did not answer with HTTP/1.x");
		}
		try {
			return Integer.parseInt(line.substring(9, 12));
		}
		catch (NumberFormatException ex) {
			throw bad("answered an invalid status line");
		}
	}

	private Map<String, String> headers() throws IOException, FetchFailed {
		Map<String, String> headers = new HashMap<>();
		for (int count = 0;; count++) {
			String line = line();
			if (line.isEmpty()) {
				return headers;
			}
			int colon = line.indexOf(':');
			if (colon <= 0 || count >= MAX_HEADERS) {
				throw bad(colon <= 0 ? "sent a malformed header" : "sent more than " + MAX_HEADERS + " headers");
			}
			headers.putIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
		}
	}

	private long contentLength(String value) throws FetchFailed {
		try {
			long length = Long.parseLong(value.trim());
			if (length < 0) {
				throw bad("sent a negative Content-Length");
			}
			if (length > maxBody) {
				throw tooLarge();
			}
			return length;
		}
		catch (NumberFormatException ex) {
			throw bad("sent an invalid Content-Length");
		}
	}

	private byte[] chunked() throws IOException, FetchFailed {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		while (true) {
			String sizeLine = line();
			int extension = sizeLine.indexOf(';');
			String hex = (extension >= 0 ? sizeLine.substring(0, extension) : sizeLine).trim();
			long size;
			try {
				size = hex.isEmpty() || hex.length() > 15 ? -1 : Long.parseLong(hex, 16);
			}
			catch (NumberFormatException ex) {
				size = -1;
			}
			if (size < 0) {
				throw bad("sent a malformed chunk");
			}
			if (size == 0) {
				headers(); // trailers, bounded like headers, then the final empty line
				return body.toByteArray();
			}
			if (body.size() + size > maxBody) {
				throw tooLarge();
			}
			body.write(exactly(size));
			if (!line().isEmpty()) {
				throw bad("sent a malformed chunk");
			}
		}
	}

	private byte[] exactly(long length) throws IOException, FetchFailed {
		byte[] bytes = in.readNBytes((int) length);
		if (bytes.length < length) {
			throw bad("closed the connection before the end of the body");
		}
		return bytes;
	}

	private byte[] untilClosed() throws IOException, FetchFailed {
		byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
		if (bytes.length > maxBody) {
			throw tooLarge();
		}
		return bytes;
	}

	/** One CRLF-terminated line of the head, counted against the head's budget. */
	private String line() throws IOException, FetchFailed {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		while (true) {
			int b = in.read();
			if (b < 0) {
				throw bad("closed the connection before the end of the response head");
			}
			if (--headerBudget < 0) {
				throw bad("sent more than " + MAX_HEADER_BYTES + " bytes of headers");
			}
			if (b == '\n') {
				byte[] bytes = line.toByteArray();
				int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
				return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
			}
			line.write(b);
		}
	}

	private FetchFailed tooLarge() {
		return new FetchFailed(Reason.TOO_LARGE, origin + " returned more than " + maxBody + " bytes");
	}

	private FetchFailed bad(String what) {
		return new FetchFailed(Reason.BAD_RESPONSE, origin + " " + what);
	}

}
