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

/** Signs probes of AWS_IAM gateways with the service's own credentials: SigV4 for {@code bedrock-agentcore}. */
@Component
class SigV4GatewaySigner implements GatewayRequestSigner {

	static final String SERVICE = "bedrock-agentcore";

	private final AwsClientConfiguration configuration;

	private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

	SigV4GatewaySigner(AwsSettings settings, Environment environment) {
		this.configuration = new AwsClientConfiguration(settings, environment);
	}

	@Override
	public Map<String, String> sign(String method, URI uri, Map<String, String> headers, byte[] body) {
		SdkHttpRequest.Builder request = SdkHttpRequest.builder().uri(uri).method(SdkHttpMethod.fromValue(method));
		headers.forEach(request::putHeader);
		AwsCredentialsIdentity credentials = configuration.credentials().resolveCredentials();
		SignedRequest signed = signer.sign(r -> r.identity(credentials)
			.request(request.build())
			.payload(ContentStreamProvider.fromByteArray(body))
			.putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, SERVICE)
			.putProperty(AwsV4HttpSigner.REGION_NAME, configuration.region().id()));
		Map<String, String> added = new LinkedHashMap<>();
		signed.request().headers().forEach((name, values) -> {
			if (!headers.containsKey(name) && !name.equalsIgnoreCase("Host") && !values.isEmpty()) {
				added.put(name, String.join(",", values));
			}
		});
		return added;
	}

}
