package dev.agentcore.controlplane.simulator;

import java.lang.reflect.Method;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import dev.agentcore.controlplane.servicemodel.Operation;
import dev.agentcore.controlplane.servicemodel.ServiceModel;

/**
 * The simulated AgentCore's routes, from the service model: each {@link AwsOperation} handler is
 * served at the model's method and URI (under {@link AgentCoreWireController#BASE_PATH}) and no
 * other, so a method the model moved (UpdatePolicy to PATCH) moves here by regenerating the data.
 */
@Component
@Profile({ "local", "simulator" })
class ModelRoutes implements SmartInitializingSingleton {

	private final ApplicationContext context;

	private final RequestMappingHandlerMapping mappings;

	ModelRoutes(ApplicationContext context, @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		this.context = context;
		this.mappings = mappings;
	}

	@Override
	public void afterSingletonsInstantiated() {
		for (Object handler : context.getBeansWithAnnotation(AgentCoreWire.class).values()) {
			MethodIntrospector.selectMethods(ClassUtils.getUserClass(handler),
					(MethodIntrospector.MetadataLookup<AwsOperation>) method -> AnnotatedElementUtils.findMergedAnnotation(method,
							AwsOperation.class))
				.forEach((method, operation) -> register(handler, method, ServiceModel.agentCore().operation(operation.value())));
		}
	}

	private void register(Object handler, Method method, Operation operation) {
		RequestMappingInfo info = RequestMappingInfo.paths(route(operation))
			.methods(RequestMethod.valueOf(operation.method()))
			.produces(MediaType.APPLICATION_JSON_VALUE)
			.options(mappings.getBuilderConfiguration())
			.build();
		mappings.registerMapping(info, handler, method);
	}

	/** Where the simulator serves {@code operation}. */
	static String route(Operation operation) {
		return AgentCoreWireController.BASE_PATH + operation.uri();
	}

}
