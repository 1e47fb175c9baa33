package dev.agentcore.controlplane.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class LocalIssuerTests {

	@TempDir
	Path dataDir;

	@Test
	void keySurvivesARestartAndOnlyItsOwnerCanReadIt() throws Exception {
		LocalSettings settings = new LocalSettings(dataDir, "http://localhost:8080/local/oidc", "platform");
		String firstKeyId = new LocalIssuer(settings).publicKeys().getKeys().get(0).getKeyID();
		String secondKeyId = new LocalIssuer(settings).publicKeys().getKeys().get(0).getKeyID();
		assertThat(secondKeyId).isEqualTo(firstKeyId);
		Path keyFile = dataDir.resolve("issuer").resolve("signing-key.jwk.json");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
	}

	@Test
	void publishedKeysAreOnlyPublic() {
		LocalIssuer issuer = new LocalIssuer(new LocalSettings(dataDir, null, "platform"));
		assertThat(issuer.publicKeys().getKeys()).allSatisfy(key -> assertThat(key.isPrivate()).isFalse());
	}

}
