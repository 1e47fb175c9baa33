package dev.agentcore.controlplane.provisioning.aws;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClientBuilder;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.env.MockEnvironment;

import dev.agentcore.controlplane.simulator.AgentCoreSimulator;
import dev.agentcore.controlplane.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulated AgentCore as its own application, and the provisioner's own client factory
 * ({@link AgentCoreClients}) pointed at it, with a recorder of the requests as they were signed and sent.
 */
final class StandaloneSimulator implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final AgentCoreClients clients;

	private final List<Sent> sent = new CopyOnWriteArrayList<>();

	private final BedrockAgentCoreControlClient client;

	StandaloneSimulator() {
		this.context = AgentCoreSimulator.run("--server.port=0", "--controlplane.simulator.seed=23");
		this.clients = new AgentCoreClients(new AwsSettings(endpoint(), null, null, "us-east-1", null, null, true,
				Duration.ofSeconds(20), Duration.ofSeconds(5)), new MockEnvironment());
		BedrockAgentCoreControlClientBuilder builder = clients.builder();
		builder.overrideConfiguration(builder.overrideConfiguration().toBuilder().addExecutionInterceptor(new Recorder()).build());
		this.client = builder.build();
	}

	String endpoint() {
		return "http://localhost:" + port() + "/local/aws/agentcore";
	}

	/** The provisioner's client (its member shim included), recording what it sends. */
	BedrockAgentCoreControlClient client() {
		return client;
	}

	AgentCoreClients clients() {
		return clients;
	}

	/** The requests sent since the last call, as signed. */
	List<Sent> drainSent() {
		List<Sent> copy = List.copyOf(sent);
		sent.clear();
		return copy;
	}

	void faults(String json) {
		assertThat(new Http(port()).send("PUT", "/local/aws/faults", null, "application/json", json).status())
			.isEqualTo(200);
	}

	private int port() {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	static <T> T await(Supplier<T> probe) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			T value = probe.get();
			if (value != null) {
				return value;
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted");
			}
		}
		throw new AssertionError("did not happen within 30 s");
	}

	@Override
	public void close() {
		client.close();
		clients.destroy();
		context.close();
	}

	/** One request as it went on the wire: signed, with its body. */
	record Sent(SdkHttpRequest request, byte[] body) {

		String bodyText() {
			return new String(body, java.nio.charset.StandardCharsets.UTF_8);
		}

	}

	private final class Recorder implements ExecutionInterceptor {

		@Override
		public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
			byte[] body = context.requestBody().map(StandaloneSimulator::bytes).orElse(new byte[0]);
			sent.add(new Sent(context.httpRequest(), body));
		}

	}

	private static byte[] bytes(RequestBody body) {
		try (var in = body.contentStreamProvider().newStream()) {
			return in.readAllBytes();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
