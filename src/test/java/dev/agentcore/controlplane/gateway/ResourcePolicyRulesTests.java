package dev.agentcore.controlplane.gateway;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.agentcore.controlplane.web.Problems.FieldError;

import static dev.agentcore.controlplane.support.Collected.violations;
import static org.assertj.core.api.Assertions.assertThat;

class ResourcePolicyRulesTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String ARN = "arn:aws:bedrock-agentcore:us-east-1:123456789012:gateway/orders-a1b2c3d4e5";

	static final String PARTNER = "arn:aws:iam::222233334444:role/partner-agents";

	@Test
	void aPolicyNamingTheGatewayByNamePatternOrStarIsAcceptedBeforeAwsMadeIt() {
		assertThat(check(policy("arn:aws:bedrock-agentcore:us-east-1:123456789012:gateway/orders-*"), null)).isEmpty();
		assertThat(check(policy("*"), null)).isEmpty();
		assertThat(check(policy(ARN), null)).isEmpty();
	}

	@Test
	void aPolicyGivenAsAStringIsParsedAndStoredAsTheDocument() {
		JsonNode asString = JSON.getNodeFactory().stringNode(policy("*").toString());
		assertThat(check(asString, null)).isEmpty();
		assertThat(ResourcePolicyRules.document(asString)).isEqualTo(policy("*"));
	}

	@Test
	void textThatIsNotJsonIsRefusedNamingTheMember() {
		List<FieldError> errors = check(JSON.getNodeFactory().stringNode("{\"Version\": "), null);
		assertThat(errors).extracting(FieldError::field).containsExactly("resourcePolicy");
		assertThat(errors.get(0).message()).contains("not a parseable JSON policy document");
	}

	@Test
	void aResourceOfAnotherGatewayOrAnyGatewayIsRefusedNamingTheStatement() {
		List<FieldError> other = check(policy("arn:aws:bedrock-agentcore:us-east-1:123456789012:gateway/payments-*"), null);
		assertThat(other).extracting(FieldError::field).containsExactly("resourcePolicy.Statement[0].Resource");
		assertThat(other.get(0).message()).contains("gateway/orders-*");
		assertThat(check(policy("arn:aws:bedrock-agentcore:us-east-1:123456789012:gateway/*"), null))
			.extracting(FieldError::field).containsExactly("resourcePolicy.Statement[0].Resource");
	}

	@Test
	void onceAwsMadeTheGatewayTheResourceMustMatchItsArn() {
		assertThat(check(policy(ARN), ARN)).isEmpty();
		assertThat(check(policy("arn:aws:bedrock-agentcore:*:123456789012:gateway/orders-*"), ARN)).isEmpty();
		List<FieldError> otherAccount = check(policy("arn:aws:bedrock-agentcore:us-east-1:999988887777:gateway/orders-*"), ARN);
		assertThat(otherAccount).extracting(FieldError::field).containsExactly("resourcePolicy.Statement[0].Resource");
		assertThat(otherAccount.get(0).message()).contains(ARN);
	}

	@Test
	void versionStatementsEffectPrincipalAndActionAreChecked() {
		JsonNode broken = JSON.readTree("""
				{"Version": "2008-10-17", "Statement": [{"Effect": "Permit", "NotPrincipal": {"AWS": "*"}, "Resource": "*"},
				 {"Effect": "Allow", "Principal": {"AWS": []}, "Action": [], "NotResource": "*"}]}""");
		assertThat(check(broken, null)).extracting(FieldError::field).containsExactlyInAnyOrder("resourcePolicy.Version",
				"resourcePolicy.Statement[0].Effect", "resourcePolicy.Statement[0].NotPrincipal",
				"resourcePolicy.Statement[0].Action", "resourcePolicy.Statement[1].Principal",
				"resourcePolicy.Statement[1].Action", "resourcePolicy.Statement[1].NotResource",
				"resourcePolicy.Statement[1].Resource");
		assertThat(check(JSON.readTree("{\"Version\": \"2012-10-17\", \"Statement\": []}"), null))
			.extracting(FieldError::field).containsExactly("resourcePolicy.Statement");
		assertThat(check(JSON.readTree("[1]"), null)).extracting(FieldError::field).containsExactly("resourcePolicy");
	}

	@Test
	void atMost20480CharactersAsSent() {
		String sid = "s".repeat(ResourcePolicyRules.MAX_CHARACTERS);
		JsonNode tooLong = JSON.readTree(policy("*").toString().replace("\"Effect\"", "\"Sid\": \"" + sid + "\", \"Effect\""));
		List<FieldError> errors = check(tooLong, null);
		assertThat(errors).extracting(FieldError::field).containsExactly("resourcePolicy");
		assertThat(errors.get(0).message()).contains("at most 20480");
		String fits = "s".repeat(ResourcePolicyRules.MAX_CHARACTERS - policy("*").toString().length() - 10);
		assertThat(check(JSON.readTree(policy("*").toString().replace("\"Effect\"", "\"Sid\":\"" + fits + "\",\"Effect\"")),
				null)).isEmpty();
	}

	@Test
	void grantingAnyPrincipalIsRecognisedInEitherForm() {
		assertThat(ResourcePolicyRules.grantsAnyone(policy("*"))).isFalse();
		assertThat(ResourcePolicyRules.grantsAnyone(JSON.readTree(policy("*").toString().replace("{\"AWS\":\"" + PARTNER + "\"}",
				"\"*\"")))).isTrue();
		assertThat(ResourcePolicyRules.grantsAnyone(JSON.readTree(policy("*").toString().replace(PARTNER, "*")))).isTrue();
		assertThat(ResourcePolicyRules.grantsAnyone(JSON.readTree(policy("*").toString().replace(PARTNER, "*")
			.replace("Allow", "Deny")))).isFalse();
	}

	static JsonNode policy(String resource) {
		return JSON.readTree("""
				{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "%s"},
				 "Action": "bedrock-agentcore:InvokeGateway", "Resource": "%s"}]}""".formatted(PARTNER, resource));
	}

	private static List<FieldError> check(JsonNode policy, String arn) {
		return violations(found -> ResourcePolicyRules.check(policy, "Orders", arn, found));
	}

}
