package dev.agentcore.controlplane.gatewaytarget;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Inline OpenAPI parsing with every cost bounded (issue #11, finding 2). */
class InlineSchemaLimitsTests {

	static final String VALID = """
			openapi: 3.0.3
			info: {title: Orders, version: "1"}
			components:
			  responses:
			    ok: &ok {description: ok}
			paths:
			  /orders:
			    get: {operationId: listOrders, responses: {"200": *ok}}
			    post: {operationId: addOrder, responses: {"201": *ok}}
			""";

	/** Nine levels of nine aliases each: 387 million leaves from about 500 bytes. */
	static String aliasBomb() {
		StringBuilder yaml = new StringBuilder("openapi: 3.0.3\nx0: &x0 [a, a, a, a, a, a, a, a, a]\n");
		for (int level = 1; level <= 9; level++) {
			String previous = "*x" + (level - 1);
			yaml.append("x").append(level).append(": &x").append(level).append(" [").append((previous + ", ").repeat(8))
				.append(previous).append("]\n");
		}
		return yaml.append("paths: {}\n").toString();
	}

	/** Doubling instead: few enough aliases for any alias count, yet 2^40 leaves. */
	static String doublingBomb() {
		StringBuilder yaml = new StringBuilder("openapi: 3.0.3\nd0: &d0 [a, a]\n");
		for (int level = 1; level <= 24; level++) {
			yaml.append("d").append(level).append(": &d").append(level).append(" [*d").append(level - 1).append(", *d")
				.append(level - 1).append("]\n");
		}
		return yaml.append("paths: {}\n").toString();
	}

	@Test
	void aValidDocumentWithAnchorsPasses() {
		assertThat(SchemaChecks.openApi(VALID)).isEmpty();
		assertThat(SchemaChecks.openApi("{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, "
				+ "\"paths\": {\"/a\": {\"get\": {\"responses\": {}}}}}")).singleElement().asString().contains("operationId");
	}

	@Test
	void mergeKeysAreHonoured() {
		String merged = """
				openapi: 3.0.3
				info: {title: t, version: "1"}
				x-base: &base {responses: {"200": {description: ok}}}
				paths:
				  /a:
				    get: {<<: *base, operationId: getA}
				""";
		assertThat(SchemaChecks.openApi(merged)).isEmpty();
	}

	@Test
	void aliasBombsAreRefusedQuickly() {
		assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
			assertThat(SchemaChecks.openApi(aliasBomb())).singleElement().asString().contains("aliases");
			assertThat(SchemaChecks.openApi(doublingBomb())).singleElement().asString().contains("200000 nodes");
		});
	}

	@Test
	void deepNestingAndSelfReferenceAreRefused() {
		assertThat(SchemaChecks.openApi("openapi: 3.0.3\npaths: " + "[".repeat(200) + "]".repeat(200)))
			.singleElement().asString().contains("nested deeper");
		assertThat(SchemaChecks.openApi("{\"openapi\": " + "[".repeat(200) + "]".repeat(200) + "}"))
			.singleElement().asString().contains("nested deeper");
		assertThat(SchemaChecks.openApi("openapi: 3.0.3\nloop: &loop [*loop]\n")).singleElement().asString()
			.containsAnyOf("nested deeper", "not valid");
	}

	@Test
	void brokenYamlIsExplainedWithoutEchoingIt() {
		assertThat(SchemaChecks.openApi("openapi: [unclosed\n  secret: value")).singleElement().asString()
			.startsWith("is not valid YAML or JSON").doesNotContain("secret");
	}

}
