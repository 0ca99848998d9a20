package dev.moodhoodkit.server.errors;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses JSON strings holding a NUL character (U+0000). No field of the API has a use for one,
 * and PostgreSQL cannot store it in text, so it is refused when the body is read: 422 naming the
 * field, the same on H2 and PostgreSQL. Boot adds every Jackson module bean to the server's mapper.
 */
@Component
class NulFreeStrings extends SimpleModule {

    NulFreeStrings() {
        super("nul-free-strings");
        addDeserializer(String.class, new Deserializer());
    }

    private static final class Deserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            String value = super.deserialize(parser, context);
            if (value != null && value.indexOf('\0') >= 0) {
                throw context.weirdStringException(value, String.class, "holds a NUL character");
            }
            return value;
        }
    }
}
