package dev.agentcore.controlplane.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The embedded database's password: generated once, kept in {@code <data-dir>/postgres-password}
 * (0600), and required by PostgreSQL for every connection ({@code pg_hba.conf} with SCRAM), so
 * other users of the machine cannot connect as its superuser.
 */
final class DatabasePassword {

	static final String FILE = "postgres-password";

	static final String MARKER = "# controlplane: every connection needs the password in ";

	private DatabasePassword() {
	}

	static Path file(Path dataDir) {
		return dataDir.resolve(FILE);
	}

	/** The password, created on first use. */
	static String of(Path dataDir) throws IOException {
		Path file = file(dataDir);
		if (Files.isRegularFile(file)) {
			return Files.readString(file).strip();
		}
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		OwnerOnlyFiles.write(file, password + "\n");
		return password;
	}

	/** Whether the cluster already requires the password (its pg_hba.conf is ours). */
	static boolean required(Path cluster) throws IOException {
		Path hba = cluster.resolve("pg_hba.conf");
		return Files.isRegularFile(hba) && Files.readString(hba).startsWith(MARKER);
	}

	/** Password (SCRAM) for local and loopback connections, nothing else. */
	static void requireIt(Path cluster, Path passwordFile) {
		write(cluster, MARKER + passwordFile + "\n"
				+ "local   all   all                  scram-sha-256\n"
				+ "host    all   all   127.0.0.1/32   scram-sha-256\n"
				+ "host    all   all   ::1/128        scram-sha-256\n");
	}

	/**
	 * For the one start that sets the password: the superuser over loopback TCP only, no socket.
	 * It lasts as long as one {@code ALTER ROLE}, on the very first start (or the first start after
	 * an upgrade from a cluster without a password).
	 */
	static void allowSettingIt(Path cluster) {
		write(cluster, "# controlplane: setting the password, for one start\n"
				+ "host    postgres   postgres   127.0.0.1/32   trust\n"
				+ "host    postgres   postgres   ::1/128        trust\n");
	}

	private static void write(Path cluster, String content) {
		try {
			OwnerOnlyFiles.write(cluster.resolve("pg_hba.conf"), content);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException("Cannot write " + cluster.resolve("pg_hba.conf"), ex);
		}
	}

}
