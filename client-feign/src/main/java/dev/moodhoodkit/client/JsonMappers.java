package dev.moodhoodkit.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.moodhoodkit.client.invoker.RFC3339DateFormat;
import dev.moodhoodkit.client.invoker.RFC3339JavaTimeModule;

/** The client's one Jackson 2 mapper. */
final class JsonMappers {

    private JsonMappers() {}

    /**
     * The generated {@code ApiClient}'s settings (enums by value, unknown fields ignored,
     * RFC 3339 date-times rather than timestamps), plus: fields left unset are not sent. The
     * generated models mark optional fields {@code USE_DEFAULTS}, which would send
     * {@code "field": null} (toolchain pitfall #2).
     */
    static ObjectMapper create() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING);
        mapper.enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING);
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.disable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE);
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper.setDateFormat(new RFC3339DateFormat());
        mapper.registerModule(new JavaTimeModule());
        mapper.registerModule(new RFC3339JavaTimeModule());
        mapper.setDefaultPropertyInclusion(
                JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));
        return mapper;
    }
}
