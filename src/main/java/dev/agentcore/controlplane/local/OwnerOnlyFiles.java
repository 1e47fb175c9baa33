package dev.agentcore.controlplane.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The embedded default's secrets (the database password, the issuer's key, the admin token) live
 * in files only their owner can read: created 0600 (in a 0700 directory) from the start, never
 * written first and restricted after.
 */
final class OwnerOnlyFiles {

	static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

	static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

	private OwnerOnlyFiles() {
	}

	/** Creates the directory (and missing parents) for the owner only; an existing one is restricted. */
	static void directory(Path directory) throws IOException {
		if (!posix(directory.toAbsolutePath().getRoot())) {
			Files.createDirectories(directory);
			return;
		}
		if (!Files.isDirectory(directory)) {
			Path parent = directory.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			try {
				Files.createDirectory(directory, attribute(DIRECTORY));
			}
			catch (FileAlreadyExistsException ex) {
				// Created meanwhile; restricted below.
			}
		}
		Files.setPosixFilePermissions(directory, DIRECTORY);
	}

	/** Writes {@code content} to {@code file}, replacing it, readable by the owner only. */
	static void write(Path file, String content) throws IOException {
		directory(file.toAbsolutePath().getParent());
		boolean posix = posix(file.toAbsolutePath().getRoot());
		Path temporary = posix ? Files.createTempFile(file.toAbsolutePath().getParent(), ".secret", ".tmp", attribute(FILE))
				: Files.createTempFile(file.toAbsolutePath().getParent(), ".secret", ".tmp");
		Files.writeString(temporary, content, StandardCharsets.UTF_8);
		Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> permissions) {
		return PosixFilePermissions.asFileAttribute(permissions);
	}

	private static boolean posix(Path root) {
		return root != null && root.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

}
