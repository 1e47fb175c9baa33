package dev.agentcore.controlplane.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.method.HandlerMethod;

/**
 * Conventions that keep the OpenAPI document lint-clean (Spectral's {@code spectral:oas}) whoever adds
 * an endpoint, without per-endpoint edits: operation ids derived from the handler and its controller
 * ({@code declareGateway}, {@code listTargets}) unless {@code @Operation(operationId)} names one, a
 * description for every operation (its summary when it has none), every tag an operation uses defined
 * globally, and a contact; every published pattern anchored ({@code ^...$}): Bean Validation and the model
 * match whole values, JSON Schema only searches, so an unanchored pattern lets generated clients pass what the
 * server refuses.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConventions {

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	GlobalOperationCustomizer operationIdsAndDescriptions() {
		return (operation, handler) -> {
			io.swagger.v3.oas.annotations.Operation declared = handler
				.getMethodAnnotation(io.swagger.v3.oas.annotations.Operation.class);
			if (declared == null || declared.operationId().isBlank()) {
				operation.setOperationId(operationId(handler));
			}
			if (operation.getDescription() == null || operation.getDescription().isBlank()) {
				operation.setDescription(operation.getSummary() != null ? operation.getSummary() + "."
						: "Operation " + operation.getOperationId() + ".");
			}
			return operation;
		};
	}

	@Bean
	GlobalOpenApiCustomizer tagsAndContact() {
		return openApi -> {
			openApi.getInfo().setContact(new Contact().name("Platform team, AgentCore Gateway control plane"));
			Set<String> defined = new LinkedHashSet<>();
			if (openApi.getTags() != null) {
				openApi.getTags().forEach(tag -> defined.add(tag.getName()));
			}
			openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
				for (String name : operation.getTags() == null ? List.<String>of() : operation.getTags()) {
					if (defined.add(name)) {
						openApi.addTagsItem(new Tag().name(name).description(name));
					}
				}
			}));
		};
	}

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	GlobalOpenApiCustomizer anchoredPatterns() {
		return openApi -> {
			java.util.Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
			if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
				openApi.getComponents().getSchemas().values().forEach(schema -> anchor(schema, seen));
			}
			openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
				if (operation.getParameters() != null) {
					operation.getParameters().forEach(parameter -> anchor(parameter.getSchema(), seen));
				}
			}));
		};
	}

	@SuppressWarnings("rawtypes")
	private static void anchor(Schema schema, java.util.Set<Object> seen) {
		if (schema == null || !seen.add(schema)) {
			return;
		}
		if (schema.getPattern() != null) {
			schema.setPattern(anchored(schema.getPattern()));
		}
		if (schema.getProperties() != null) {
			((java.util.Map<?, ?>) schema.getProperties()).values().forEach(child -> anchor((Schema) child, seen));
		}
		anchor(schema.getItems(), seen);
		if (schema.getAdditionalProperties() instanceof Schema additional) {
			anchor(additional, seen);
		}
		for (java.util.List<?> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
			if (group != null) {
				group.forEach(child -> anchor((Schema) child, seen));
			}
		}
		if (schema.getPropertyNames() != null) {
			anchor(schema.getPropertyNames(), seen);
		}
	}

	/** {@code ^...$} around a pattern not anchored at both ends already. */
	static String anchored(String pattern) {
		boolean start = pattern.startsWith("^");
		boolean end = pattern.endsWith("$") && !pattern.endsWith("\\$");
		if (start && end) {
			return pattern;
		}
		return "^(?:" + pattern.substring(start ? 1 : 0, pattern.length() - (end ? 1 : 0)) + ")$";
	}

	/**
	 * {@code <method><Resource>}, the resource being the controller's name without "Controller" (lists in
	 * the plural); just the method when it is named like its controller ({@code me}).
	 */
	static String operationId(HandlerMethod handler) {
		String method = handler.getMethod().getName();
		String resource = handler.getBeanType().getSimpleName().replaceFirst("Controller$", "");
		if (resource.equalsIgnoreCase(method)) {
			return method;
		}
		return method + resource + (method.equals("list") && !resource.endsWith("s") ? "s" : "");
	}

}
