package dev.agentcore.controlplane.provisioning.aws;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.agentaccess.GatewayRequestSigner;
import dev.agentcore.controlplane.provisioning.AwsPlacement;

/**
 * Signs requests to AWS_IAM gateways (probes, tool listings): SigV4 for {@code bedrock-agentcore}, with the service's
 * own credentials and region, or, inside a placed gateway's reconcile ({@link AwsPlacement}), with the assumed role of
 * the gateway's account for the gateway's region: a gateway in another account answers only its own principals.
 */
@Component
class SigV4GatewaySigner implements GatewayRequestSigner {

	static final String SERVICE = "bedrock-agentcore";

	private final AwsClientConfiguration configuration;

	private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

	private final AssumedCredentials assumed;

	SigV4GatewaySigner(AwsSettings settings, Environment environment, AssumedCredentials assumed) {
		this.configuration = new AwsClientConfiguration(settings, environment);
		this.assumed = assumed;
	}

	@Override
	public Map<String, String> sign(String method, URI uri, Map<String, String> headers, byte[] body) {
		SdkHttpRequest.Builder request = SdkHttpRequest.builder().uri(uri).method(SdkHttpMethod.fromValue(method));
		headers.forEach(request::putHeader);
		AwsPlacement.Target placement = AwsPlacement.current();
		AwsCredentialsIdentity credentials = placement == null ? configuration.credentials().resolveCredentials()
				: assumed.of(placement).resolveCredentials();
		String region = placement == null ? configuration.region().id() : placement.region();
		SignedRequest signed = signer.sign(r -> r.identity(credentials)
			.request(request.build())
			.payload(ContentStreamProvider.fromByteArray(body))
			.putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, SERVICE)
			.putProperty(AwsV4HttpSigner.REGION_NAME, region));
		Map<String, String> added = new LinkedHashMap<>();
		signed.request().headers().forEach((name, values) -> {
			if (!headers.containsKey(name) && !name.equalsIgnoreCase("Host") && !values.isEmpty()) {
				added.put(name, String.join(",", values));
			}
		});
		return added;
	}

}
