package dev.agentcore.controlplane.web;

import java.util.List;

import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * JSON in, strictly: no other body format (the YAML, XML, CBOR and Smile converters that libraries
 * bring are removed), no duplicate properties, no numbers or booleans turned into strings (nor the
 * reverse, nor fractions into integers, nor numbers into enums), and no control characters in any
 * string or property name, each refused with 400 naming the field.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson implements WebMvcConfigurer {

	static final List<MediaType> FOREIGN = List.of(MediaType.parseMediaType("application/yaml"),
			MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.parseMediaType("application/cbor"),
			MediaType.parseMediaType("application/x-jackson-smile"), MediaType.parseMediaType("application/x-protobuf"));

	@Bean
	JsonMapperBuilderCustomizer strictJsonReading() {
		return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.withCoercionConfig(LogicalType.Textual, config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Integer, config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Float, config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Boolean, config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
			.addModule(new SimpleModule("control-characters").addDeserializer(String.class, new CheckedStrings())
				.addKeyDeserializer(String.class, new CheckedKeys()));
	}

	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
		builder.configureMessageConvertersList(converters -> converters.removeIf(StrictJson::foreign));
	}

	private static boolean foreign(HttpMessageConverter<?> converter) {
		return converter.getSupportedMediaTypes().stream().anyMatch(type -> FOREIGN.stream().anyMatch(type::isCompatibleWith)
				&& !type.isWildcardType());
	}

	/** A string value with a control character. */
	static final class ControlCharactersRefused extends InvalidFormatException {

		ControlCharactersRefused(JsonParser parser) {
			super(parser, ControlCharacters.MESSAGE, null, String.class);
		}

	}

	private static final class CheckedStrings extends StdScalarDeserializer<String> {

		CheckedStrings() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = StringDeserializer.instance.deserialize(parser, context);
			if (ControlCharacters.present(value)) {
				throw new ControlCharactersRefused(parser);
			}
			return value;
		}

		@Override
		public LogicalType logicalType() {
			return LogicalType.Textual;
		}

		@Override
		public Object getEmptyValue(DeserializationContext context) {
			return "";
		}

	}

	private static final class CheckedKeys extends KeyDeserializer {

		@Override
		public Object deserializeKey(String key, DeserializationContext context) {
			if (ControlCharacters.present(key)) {
				throw new ControlCharactersRefused(context.getParser());
			}
			return key;
		}

	}

}
