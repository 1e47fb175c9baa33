package dev.agentcore.controlplane.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP server that answers every connection with a script, byte by byte if it wants:
 * the hostile servers the guarded fetch must survive (tricklers, liars, redirectors).
 */
public final class ScriptedServer implements AutoCloseable {

	public interface Script {

		void answer(OutputStream out) throws IOException, InterruptedException;

	}

	private final ServerSocket socket;

	private final AtomicInteger connections = new AtomicInteger();

	public ScriptedServer(Script script) throws IOException {
		this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread.ofVirtual().start(() -> {
			while (!socket.isClosed()) {
				try {
					Socket client = socket.accept();
					connections.incrementAndGet();
					Thread.ofVirtual().start(() -> serve(client, script));
				}
				catch (IOException ex) {
					return;
				}
			}
		});
	}

	public int port() {
		return socket.getLocalPort();
	}

	public String url(String path) {
		return "http://127.0.0.1:" + port() + path;
	}

	public int connections() {
		return connections.get();
	}

	private static void serve(Socket client, Script script) {
		try (client) {
			skipRequestHead(client.getInputStream());
			script.answer(client.getOutputStream());
		}
		catch (IOException | InterruptedException ex) {
			// The client gave up, which is what several tests want.
		}
	}

	private static void skipRequestHead(InputStream in) throws IOException {
		int matched = 0;
		byte[] end = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
		for (int b = in.read(); b >= 0; b = in.read()) {
			matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
			if (matched == end.length) {
				return;
			}
		}
	}

	public static void write(OutputStream out, String text) throws IOException {
		out.write(text.getBytes(StandardCharsets.ISO_8859_1));
		out.flush();
	}

	@Override
	public void close() throws IOException {
		socket.close();
	}

}
