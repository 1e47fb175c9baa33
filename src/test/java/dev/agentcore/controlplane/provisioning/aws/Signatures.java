package dev.agentcore.controlplane.provisioning.aws;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** Recomputes a recorded request's SigV4 signature over what was sent, to show the signature covers it. */
final class Signatures {

	private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private Signatures() {
	}

	/** The Authorization header the simulated credentials give this method, URI, headers and body at the request's time. */
	static String over(SdkHttpRequest request, byte[] body) {
		Instant at = AMZ_DATE.parse(request.firstMatchingHeader("X-Amz-Date").orElseThrow(), Instant::from);
		SdkHttpRequest unsigned = request.toBuilder().removeHeader("Authorization").build();
		return AwsV4HttpSigner.create()
			.sign(sign -> sign.identity(AwsCredentialsIdentity.create("simulated", "simulated"))
				.request(unsigned)
				.payload(ContentStreamProvider.fromByteArray(body))
				.putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "bedrock-agentcore")
				.putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
				.putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(at, ZoneOffset.UTC)))
			.request()
			.firstMatchingHeader("Authorization")
			.orElseThrow();
	}

}
