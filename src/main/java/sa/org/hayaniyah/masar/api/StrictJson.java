package sa.org.hayaniyah.masar.api;

import java.io.IOException;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import sa.org.hayaniyah.masar.common.ArabicText;
import sa.org.hayaniyah.masar.common.EdgeChecks;
import sa.org.hayaniyah.masar.common.InvalidInputException;

/**
 * Strict JSON for Masar's API (duplicate keys, unknown fields, trailing tokens and coerced scalars are refused by the
 * {@code spring.jackson} settings in application.yaml); here every string value is cleaned at the edge: control
 * characters refused, invisible formatting characters (ZWNJ, bidi marks) removed.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

	@Bean
	Jackson2ObjectMapperBuilderCustomizer cleanStrings() {
		SimpleModule module = new SimpleModule("masar-clean-strings");
		module.addDeserializer(String.class, new CleanStringDeserializer());
		return builder -> builder.modulesToInstall(module);
	}

	static final class CleanStringDeserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
			String value = super.deserialize(p, context);
			if (ArabicText.hasControlCharacters(value)) {
				String field = p.currentName() == null ? "body" : p.currentName();
				throw new InvalidInputException(java.util.List.of(EdgeChecks.controlCharacters(field, "الحقل " + field)));
			}
			return ArabicText.withoutInvisible(value);
		}

	}

}
