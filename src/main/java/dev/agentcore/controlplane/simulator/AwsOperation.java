package dev.agentcore.controlplane.simulator;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The service-model operation a wire handler serves: {@link ModelRoutes} binds it to the model's
 * method and URI, {@link ModelInputChecks} checks its input against the model's shapes.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface AwsOperation {

	/** The operation's name in the model, e.g. {@code CreateGateway}. */
	String value();

}
