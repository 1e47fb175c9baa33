package dev.agentcore.controlplane.support;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Query-protocol clients (IAM, STS) drop the path of an overridden endpoint
 * (aws/aws-sdk-java-v2#3387); tests put it back, as the control plane's clients do.
 */
public record QueryEndpointPath(String path) implements ExecutionInterceptor {

	@Override
	public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
		return context.httpRequest().toBuilder().encodedPath(path + context.httpRequest().encodedPath()).build();
	}

}
