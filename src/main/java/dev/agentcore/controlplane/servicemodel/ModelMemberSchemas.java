package dev.agentcore.controlplane.servicemodel;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.PropertyCustomizer;

import org.springframework.stereotype.Component;

/**
 * Publishes a {@link ModelMember}'s constraints from the model data in the OpenAPI document, as
 * springdoc publishes {@code @Size} and {@code @Pattern}: lengths, sizes, range, the pattern
 * anchored ({@code ^...$}, so generated clients validate as strictly as the server) and enum values.
 */
@Component
class ModelMemberSchemas implements PropertyCustomizer {

	@Override
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public Schema customize(Schema property, AnnotatedType type) {
		ModelMember annotation = annotation(type.getCtxAnnotations());
		if (annotation == null || property == null) {
			return property;
		}
		ServiceModel model = ServiceModel.agentCore();
		Member member = model.member(annotation.value());
		Constraints constraints = member.effective(model);
		Shape shape = model.shape(member.target());
		boolean array = "array".equals(property.getType()) || property.getItems() != null;
		boolean map = property.getAdditionalProperties() instanceof Schema;
		if (array) {
			property.setMinItems(integer(constraints.minLength()));
			property.setMaxItems(integer(constraints.maxLength()));
			if (constraints.uniqueItems()) {
				property.setUniqueItems(true);
			}
			if (shape.member() != null && property.getItems() != null && property.getItems().get$ref() == null) {
				scalar(property.getItems(), shape.member().effective(model));
			}
		}
		else if (map) {
			property.setMinProperties(integer(constraints.minLength()));
			property.setMaxProperties(integer(constraints.maxLength()));
			Schema values = (Schema) property.getAdditionalProperties();
			if (shape.member() != null && values.get$ref() == null) {
				scalar(values, shape.member().effective(model));
			}
			if (shape.key() != null) {
				Schema keys = new Schema<>().type("string");
				scalar(keys, shape.key().effective(model));
				property.setPropertyNames(keys);
			}
		}
		else {
			String ours = property.getPattern();
			scalar(property, constraints);
			if (!annotation.pattern()) {
				property.setPattern(ours);
			}
		}
		return property;
	}

	/** A string's or number's constraints. */
	@SuppressWarnings("rawtypes")
	private static void scalar(Schema property, Constraints constraints) {
		property.setMinLength(integer(constraints.minLength()));
		property.setMaxLength(integer(constraints.maxLength()));
		if (constraints.pattern() != null) {
			property.setPattern(constraints.anchoredPattern());
		}
		if (constraints.min() != null) {
			property.setMinimum(BigDecimal.valueOf(constraints.min().longValue()));
		}
		if (constraints.max() != null) {
			property.setMaximum(BigDecimal.valueOf(constraints.max().longValue()));
		}
	}

	private static Integer integer(Long value) {
		return value == null ? null : Math.toIntExact(value);
	}

	private static ModelMember annotation(Annotation[] annotations) {
		if (annotations == null) {
			return null;
		}
		for (Annotation annotation : annotations) {
			if (annotation instanceof ModelMember member) {
				return member;
			}
		}
		return null;
	}

}
