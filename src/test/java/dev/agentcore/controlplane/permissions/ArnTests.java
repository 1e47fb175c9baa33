package dev.agentcore.controlplane.permissions;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ArnTests {

	@Test
	void partsOfAnArn() {
		Arn role = Arn.parse("arn:aws-us-gov:iam::111122223333:role/service/GatewayRole");
		assertThat(role).isEqualTo(new Arn("aws-us-gov", "iam", "", "111122223333", "role/service/GatewayRole"));
		assertThat(role.last()).isEqualTo("GatewayRole");
	}

	@Test
	void resourceKeepsItsColons() {
		Arn alias = Arn.parse("arn:aws:lambda:us-west-2:111122223333:function:orders:live");
		assertThat(alias.resource()).isEqualTo("function:orders:live");
		assertThat(alias.region()).isEqualTo("us-west-2");
		assertThat(alias.last()).as("no slash: the whole resource").isEqualTo("function:orders:live");
	}

	@Test
	void partitionDecidesTheServiceDomain() {
		assertThat(Arn.parse("arn:aws-cn:iam::111122223333:role/R").dnsSuffix()).isEqualTo("amazonaws.com.cn");
		assertThat(Arn.parse("arn:aws:iam::111122223333:role/R").dnsSuffix()).isEqualTo("amazonaws.com");
	}

	@Test
	void notAnArnIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Arn.parse("urn:aws:iam::111122223333:role/R"))
			.withMessageContaining("not an ARN");
		assertThatIllegalArgumentException().isThrownBy(() -> Arn.parse("arn:aws:iam::111122223333"));
	}

}
