package dev.agentcore.controlplane.servicemodel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

class ServiceModelTests {

	final ServiceModel model = ServiceModel.agentCore();

	@Test
	void theDataIsTheModelOfItsDateWithThePatchBindings() {
		assertThat(model.modelDate()).isEqualTo("2026-07-15");
		assertThat(model.operation("UpdatePolicy").method()).isEqualTo("PATCH");
		assertThat(model.operation("UpdatePolicyEngine").method()).isEqualTo("PATCH");
		assertThat(model.operation("CreateGateway").uri()).isEqualTo("/gateways/");
		assertThat(model.operation("CreateGateway").code()).isEqualTo(202);
		assertThat(model.member("CreateGatewayRequest.name").required()).isTrue();
		assertThat(model.member("TagsMap.key").effective(model).maxLength()).isEqualTo(128);
	}

	@Test
	void everyPatternOfTheDataCompiles() {
		List<String> patterns = new ArrayList<>();
		JsonMapper.builder().build().readTree(ServiceModel.class.getResourceAsStream(ServiceModel.RESOURCE)).get("shapes")
			.forEach(shape -> {
				if (shape.has("pattern")) {
					patterns.add(shape.get("pattern").asString());
				}
				shape.path("members").forEach(member -> {
					if (member.has("pattern")) {
						patterns.add(member.get("pattern").asString());
					}
				});
			});
		assertThat(patterns).hasSizeGreaterThan(50);
		patterns.forEach(pattern -> assertThatNoException().as(pattern)
			.isThrownBy(() -> Pattern.compile(Constraints.anchored(pattern))));
	}

	@Test
	void everyModelMemberOurApiNamesIsInTheData() throws IOException {
		Pattern reference = Pattern.compile("@ModelMember\\((?:pattern = false, )?(?:value = )?\"([^\"]+)\"");
		List<String> references = new ArrayList<>();
		try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
			for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
				Matcher found = reference.matcher(Files.readString(source));
				while (found.find()) {
					references.add(found.group(1));
				}
			}
		}
		assertThat(references).hasSizeGreaterThan(30);
		references.forEach(name -> assertThatNoException().as(name).isThrownBy(() -> model.member(name)));
	}

	@Test
	void patternsAreSearchedByTheServiceAndMatchedWholeByOurApi() {
		Constraints qualifier = model.member("RuntimeTargetConfiguration.qualifier").effective(model);
		assertThat(qualifier.allows("DEFAULT!")).as("searched, as AWS does").isTrue();
		assertThat(qualifier.allowsWhole("DEFAULT!")).isFalse();
		assertThat(qualifier.allowsWhole("DEFAULT")).isTrue();
		assertThat(Constraints.anchored("a|b")).isEqualTo("^(?:a|b)$");
		assertThat(Constraints.anchored("^https://.*")).isEqualTo("^(?:https://.*)$");
		assertThat(Constraints.anchored("^[a-z]+$")).isEqualTo("^[a-z]+$");
	}

	@Test
	void theValidatorNamesEveryBrokenConstraintWithItsPath() {
		var body = JsonMapper.builder().build().readTree("""
				{"name": "has_underscore", "roleArn": "arn:aws:iam::123456789012:role/r", "authorizerType": "SAML",
				 "tags": {"k": "%s"}, "surprise": 1}""".formatted("v".repeat(257)));
		assertThat(new ModelValidator(model).body("CreateGateway", body)).extracting(Violation::path, Violation::kind)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("surprise", "unknown"),
					org.assertj.core.groups.Tuple.tuple("name", "pattern"),
					org.assertj.core.groups.Tuple.tuple("authorizerType", "enum"),
					org.assertj.core.groups.Tuple.tuple("tags.k", "length"));
	}

	@Test
	void cedarStatementsAreAlikeButForWhitespaceOutsideStrings() {
		assertThat(AwsAnswers.sameStatement("permit(principal, action, resource);",
				"permit (\n  principal,\n  action,\n  resource\n);")).isTrue();
		assertThat(AwsAnswers.sameStatement("permit(principal, action, resource) when { context.a == \"x y\" };",
				"permit(principal, action, resource) when { context.a == \"x  y\" };")).isFalse();
		assertThat(AwsAnswers.sameStatement("permit(principal, action, resource);", "forbid(principal, action, resource);"))
			.isFalse();
	}

	@Test
	void awsAnswersReadListsOfStringsAsSetsAndMasksAsAnyValue() {
		JsonMapper json = JsonMapper.builder().build();
		assertThat(AwsAnswers.same(json.readTree("{\"a\": [\"y\", \"x\"], \"s\": \"********\"}"),
				json.readTree("{\"a\": [\"x\", \"y\"], \"s\": \"secret\"}"))).isTrue();
		assertThat(AwsAnswers.same(json.readTree("{\"a\": [\"y\"]}"), json.readTree("{\"a\": [\"x\"]}"))).isFalse();
		assertThat(AwsAnswers.same(json.readTree("[{\"n\": 2}, {\"n\": 1}]"), json.readTree("[{\"n\": 1}, {\"n\": 2}]")))
			.as("lists of structures keep their order").isFalse();
	}

	@Test
	void aMemberNoModelHasIsRefusedUnlessToleratedByName() {
		var body = JsonMapper.builder().build().readTree("""
				{"name": "g", "roleArn": "arn:aws:iam::123456789012:role/r", "authorizerType": "NONE",
				 "protocolConfiguration": {"mcp": {"disableMcpListToolsPagination": true}}}""");
		assertThat(new ModelValidator(model).body("CreateGateway", body)).extracting(Violation::path)
			.containsExactly("protocolConfiguration.mcp.disableMcpListToolsPagination");
		assertThat(new ModelValidator(model, java.util.Set.of("MCPGatewayConfiguration.disableMcpListToolsPagination"))
			.body("CreateGateway", body)).isEmpty();
	}

}
