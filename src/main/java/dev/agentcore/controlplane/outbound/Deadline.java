package dev.agentcore.controlplane.outbound;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * One overall deadline for an exchange. Socket timeouts alone bound each read, not the sum of
 * them: a server that trickles a byte a second never trips a read timeout. So every read is given
 * only the time that is left, and a watchdog closes the socket when the deadline passes (which also
 * ends a handshake or a connect that is still waiting).
 */
final class Deadline {

	private final long endNanos;

	private final Duration total;

	Deadline(Duration total) {
		this.total = total;
		this.endNanos = System.nanoTime() + total.toNanos();
	}

	Duration total() {
		return total;
	}

	long remainingMillis() {
		return Math.max(0, (endNanos - System.nanoTime()) / 1_000_000);
	}

	boolean passed() {
		return System.nanoTime() - endNanos >= 0;
	}

	/** The timeout for the next blocking step: what is left of the deadline, at least 1 ms. */
	int stepTimeout() throws SocketTimeoutException {
		long left = remainingMillis();
		if (left <= 0) {
			throw new SocketTimeoutException("deadline passed");
		}
		return (int) Math.min(Integer.MAX_VALUE, left);
	}

	/** The socket's input, each read limited to what is left of the deadline. */
	InputStream bound(Socket socket) throws IOException {
		InputStream in = socket.getInputStream();
		return new InputStream() {

			@Override
			public int read() throws IOException {
				socket.setSoTimeout(stepTimeout());
				return in.read();
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				socket.setSoTimeout(stepTimeout());
				return in.read(buffer, offset, length);
			}

		};
	}

}
