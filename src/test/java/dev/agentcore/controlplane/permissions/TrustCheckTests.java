package dev.agentcore.controlplane.permissions;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrustCheckTests {

	static final String GATEWAY = "arn:aws:bedrock-agentcore:us-east-1:123456789012:gateway/orders-a1b2c3d4e5";

	@Test
	void theSeedsTrustPolicyAdmitsAgentCoreForTheAccountsGateways() {
		assertThat(check("""
				{"Statement": [{"Effect": "Allow", "Principal": {"Service": "bedrock-agentcore.amazonaws.com"}, "Action": "sts:AssumeRole",
				 "Condition": {"StringEquals": {"aws:SourceAccount": "123456789012"},
				   "ArnLike": {"aws:SourceArn": "arn:aws:bedrock-agentcore:us-east-1:123456789012:gateway/*"}}}]}""").admits()).isTrue();
	}

	@Test
	void aManagedRolesNamePatternAdmitsThatGatewayOnly() {
		String trust = """
				{"Statement": [{"Effect": "Allow", "Principal": {"Service": ["ec2.amazonaws.com", "bedrock-agentcore.amazonaws.com"]},
				 "Action": ["sts:*"], "Condition": {"ArnLike": {"aws:SourceArn": "arn:aws:bedrock-agentcore:*:123456789012:gateway/orders-??????????"}}}]}""";
		assertThat(TrustCheck.of(trust, "123456789012", GATEWAY).admits()).isTrue();
		assertThat(TrustCheck.of(trust, "123456789012", GATEWAY.replace("orders-", "orders-v2-")).admits()).isFalse();
	}

	@Test
	void otherPrincipalsOtherAccountsAndDeniesDoNotAdmit() {
		assertThat(check("""
				{"Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}""")
			.admits()).isFalse();
		assertThat(check("""
				{"Statement": [{"Effect": "Allow", "Principal": {"Service": "bedrock-agentcore.amazonaws.com"}, "Action": "sts:AssumeRole",
				 "Condition": {"StringEquals": {"aws:SourceAccount": "999999999999"}}}]}""").admits()).isFalse();
		assertThat(check("""
				{"Statement": [{"Effect": "Allow", "Principal": {"Service": "bedrock-agentcore.amazonaws.com"}, "Action": "sts:AssumeRole"},
				 {"Effect": "Deny", "Principal": "*", "Action": "sts:AssumeRole"}]}""").admits()).isFalse();
		assertThat(check("not json").admits()).isFalse();
	}

	@Test
	void conditionsOnOtherKeysAreNotedAndAssumedToHold() {
		TrustCheck check = check("""
				{"Statement": {"Effect": "Allow", "Principal": {"Service": "bedrock-agentcore.amazonaws.com"}, "Action": "sts:AssumeRole",
				 "Condition": {"StringEquals": {"aws:SourceOrgID": "o-abc"}}}}""");
		assertThat(check.admits()).isTrue();
		assertThat(check.notes()).singleElement().asString().contains("aws:SourceOrgID");
	}

	static TrustCheck check(String trust) {
		return TrustCheck.of(trust, "123456789012", GATEWAY);
	}

}
