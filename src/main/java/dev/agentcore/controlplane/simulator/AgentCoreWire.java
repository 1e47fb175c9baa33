package dev.agentcore.controlplane.simulator;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller serving operations of the simulated {@code bedrock-agentcore-control} on the wire: its
 * {@link AwsOperation} methods are routed from the service model ({@link ModelRoutes}), their input is checked
 * against the model's constraints ({@link ModelInputChecks}), and their errors are answered as AWS sends them
 * ({@link AwsErrorAdvice}). Marking the controller is all a new simulated kind does to get the three.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@interface AgentCoreWire {

}
