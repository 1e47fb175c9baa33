package dev.agentcore.controlplane.benchmark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A minimal HTTP/1.1 keep-alive client over one socket, so the load generator costs little next to
 * the server it measures on the same two cores (the JDK's HttpClient costs several times more).
 */
final class RawHttpClient implements AutoCloseable {

	private final String host;

	private final int port;

	private Socket socket;

	private OutputStream out;

	private InputStream in;

	RawHttpClient(String host, int port) {
		this.host = host;
		this.port = port;
	}

	int get(String path, String token) {
		return send("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer " + token + "\r\n\r\n", null);
	}

	int post(String path, String token, String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		return send("POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer " + token
				+ "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n", body);
	}

	/** The response body of a GET, for setting a scenario up. */
	String body(String path, String token) {
		get(path, token);
		return lastBody;
	}

	private String lastBody;

	private int send(String head, byte[] body) {
		try {
			connect();
			out.write(head.getBytes(StandardCharsets.US_ASCII));
			if (body != null) {
				out.write(body);
			}
			out.flush();
			return read();
		}
		catch (IOException ex) {
			close();
			return 599;
		}
	}

	private void connect() throws IOException {
		if (socket == null) {
			socket = new Socket(host, port);
			socket.setTcpNoDelay(true);
			out = socket.getOutputStream();
			in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
		}
	}

	private int read() throws IOException {
		String status = line();
		int code = Integer.parseInt(status.substring(9, 12));
		long length = -1;
		boolean chunked = false;
		boolean closing = false;
		for (String header = line(); !header.isEmpty(); header = line()) {
			String lower = header.toLowerCase();
			if (lower.startsWith("content-length:")) {
				length = Long.parseLong(header.substring(15).trim());
			}
			else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
				chunked = true;
			}
			else if (lower.startsWith("connection:") && lower.contains("close")) {
				closing = true;
			}
		}
		StringBuilder body = new StringBuilder();
		if (chunked) {
			for (long size = Long.parseLong(line().trim(), 16); size > 0; size = Long.parseLong(line().trim(), 16)) {
				body.append(new String(in.readNBytes((int) size), StandardCharsets.UTF_8));
				line();
			}
			line();
		}
		else if (length > 0) {
			body.append(new String(in.readNBytes((int) length), StandardCharsets.UTF_8));
		}
		lastBody = body.toString();
		if (closing) {
			close();
		}
		return code;
	}

	private String line() throws IOException {
		StringBuilder line = new StringBuilder();
		for (int c = in.read(); c != '\n'; c = in.read()) {
			if (c < 0) {
				throw new IOException("connection closed");
			}
			if (c != '\r') {
				line.append((char) c);
			}
		}
		return line.toString();
	}

	@Override
	public void close() {
		try {
			if (socket != null) {
				socket.close();
			}
		}
		catch (IOException ex) {
			// Closing anyway.
		}
		socket = null;
	}

}
