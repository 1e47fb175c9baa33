package dev.agentcore.controlplane.outbound;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

import dev.agentcore.controlplane.outbound.FetchFailed.Reason;

/**
 * One HTTP/1.1 exchange over a socket connected to an address that was resolved and checked
 * before, never to a name resolved again (which a rebinding DNS server could answer differently).
 * TLS still verifies the certificate against the host name. {@code Connection: close}, no
 * compression, one request per connection.
 */
final class Http11Exchange {

	private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "outbound-deadline");
		thread.setDaemon(true);
		return thread;
	});

	private static final java.util.regex.Pattern IPV4_LITERAL = java.util.regex.Pattern.compile("[0-9]+(\\.[0-9]+){3}");

	private Http11Exchange() {
	}

	/** What to send. */
	record Request(String method, URI uri, Map<String, String> headers, byte[] body) {
	}

	static RawResponse exchange(List<InetSocketAddress> addresses, Request request, Deadline deadline, long maxBody)
			throws FetchFailed {
		URI uri = request.uri();
		String origin = uri.getScheme() + "://" + uri.getRawAuthority();
		Socket socket = new Socket();
		AtomicBoolean expired = new AtomicBoolean();
		ScheduledFuture<?> alarm = WATCHDOG.schedule(() -> {
			expired.set(true);
			closeQuietly(socket);
		}, deadline.remainingMillis(), TimeUnit.MILLISECONDS);
		try {
			connect(socket, addresses, deadline);
			Socket channel = "https".equals(uri.getScheme()) ? tls(socket, uri, deadline) : socket;
			OutputStream out = channel.getOutputStream();
			out.write(head(request));
			if (request.body() != null) {
				out.write(request.body());
			}
			out.flush();
			BufferedInputStream in = new BufferedInputStream(deadline.bound(channel), 8192);
			return new ResponseReader(in, maxBody, origin).read("HEAD".equals(request.method()));
		}
		catch (FetchFailed ex) {
			throw expired.get() ? timedOut(origin, deadline) : ex;
		}
		catch (SSLException ex) {
			if (expired.get() || deadline.passed()) {
				throw timedOut(origin, deadline);
			}
			throw new FetchFailed(Reason.BAD_RESPONSE, "The TLS handshake with " + origin
					+ " failed (untrusted certificate, or one for another name)");
		}
		catch (ConnectException ex) {
			throw expired.get() || deadline.passed() ? timedOut(origin, deadline)
					: new FetchFailed(Reason.UNREACHABLE, origin + " cannot be reached (connection refused)");
		}
		catch (IOException ex) {
			throw expired.get() || deadline.passed() || ex instanceof java.net.SocketTimeoutException ? timedOut(origin, deadline)
					: new FetchFailed(Reason.UNREACHABLE, origin + " cannot be reached (the connection failed)");
		}
		finally {
			alarm.cancel(false);
			closeQuietly(socket);
		}
	}

	private static void connect(Socket socket, List<InetSocketAddress> addresses, Deadline deadline) throws IOException {
		IOException last = new ConnectException("no address");
		for (InetSocketAddress address : addresses) {
			try {
				socket.connect(address, deadline.stepTimeout());
				return;
			}
			catch (ConnectException ex) {
				last = ex;
			}
		}
		throw last;
	}

	private static Socket tls(Socket socket, URI uri, Deadline deadline) throws IOException {
		SSLContext context;
		try {
			context = SSLContext.getDefault();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new SSLException("no TLS", ex);
		}
		String host = uri.getHost();
		SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(socket, host, port(uri), true);
		SSLParameters parameters = tls.getSSLParameters();
		parameters.setEndpointIdentificationAlgorithm("HTTPS");
		if (!host.startsWith("[") && !IPV4_LITERAL.matcher(host).matches()) {
			parameters.setServerNames(List.of(new SNIHostName(host)));
		}
		tls.setSSLParameters(parameters);
		tls.setSoTimeout(deadline.stepTimeout());
		tls.startHandshake();
		return tls;
	}

	static int port(URI uri) {
		return uri.getPort() >= 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
	}

	private static byte[] head(Request request) {
		URI uri = request.uri();
		String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
		StringBuilder head = new StringBuilder(request.method()).append(' ').append(path);
		if (uri.getRawQuery() != null) {
			head.append('?').append(uri.getRawQuery());
		}
		head.append(" HTTP/1.1\r\nHost: ").append(uri.getRawAuthority())
			.append("\r\nUser-Agent: agentcore-control-plane\r\nAccept-Encoding: identity\r\nConnection: close\r\n");
		request.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
		if (request.body() != null) {
			head.append("Content-Length: ").append(request.body().length).append("\r\n");
		}
		return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	private static FetchFailed timedOut(String origin, Deadline deadline) {
		return new FetchFailed(Reason.TIMED_OUT, origin + " did not answer completely within "
				+ deadline.total().toMillis() + " ms");
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// Closing is all that is left to do.
		}
	}

}
