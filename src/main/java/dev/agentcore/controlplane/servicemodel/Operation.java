package dev.agentcore.controlplane.servicemodel;

/**
 * An operation's HTTP binding and its input and output shapes.
 *
 * @param uri the model's URI template, e.g. {@code /gateways/{gatewayIdentifier}/}
 * @param code the success status code
 */
public record Operation(String name, String method, String uri, int code, String input, String output) {
}
