package dev.moodhoodkit.server.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records {@link SentFields} for the bodies of the update operations (the generated
 * {@code Update*Request} models), read once more as a JSON tree before Jackson binds them.
 * Spring's own hook for this; JsonNullable fields would need the generator's
 * {@code openApiNullable} and a Jackson module for every model instead of these three.
 */
@ControllerAdvice
class SentFieldsAdvice extends RequestBodyAdviceAdapter {

    private static final String MODELS = WebConfig.API_PACKAGE + ".model";

    private final JsonMapper json;

    SentFieldsAdvice(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType instanceof Class<?> type
                && type.getPackageName().equals(MODELS)
                && type.getSimpleName().startsWith("Update");
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType)
            throws IOException {
        byte[] body = input.getBody().readAllBytes();
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(SentFields.ATTRIBUTE, fields(body), RequestAttributes.SCOPE_REQUEST);
        }
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        };
    }

    /** The body's top-level fields; none when it is not a JSON object (the converter then reports it). */
    private SentFields fields(byte[] body) {
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (JacksonException e) {
            return SentFields.NONE;
        }
        if (tree == null || !tree.isObject()) {
            return SentFields.NONE;
        }
        Set<String> sent = new HashSet<>();
        Set<String> nulls = new HashSet<>();
        for (var field : tree.properties()) {
            sent.add(field.getKey());
            if (field.getValue().isNull()) {
                nulls.add(field.getKey());
            }
        }
        return new SentFields(Set.copyOf(sent), Set.copyOf(nulls));
    }
}
