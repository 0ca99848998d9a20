package dev.moodhoodkit.server.webhooks;

import dev.moodhoodkit.server.api.model.CreateWebHookRequest;
import dev.moodhoodkit.server.api.model.UpdateWebHookRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the webhook calls' JSON bodies sent as {@code text/plain}, as MoodHood's Russian
 * examples send them and the spec accepts. Only these two request models: any other
 * {@code text/plain} body stays unsupported (415), and nothing is written as text here.
 */
@Component
class PlainTextJsonReader extends AbstractHttpMessageConverter<Object> {

    private static final Set<Class<?>> READ = Set.of(CreateWebHookRequest.class, UpdateWebHookRequest.class);

    private final JsonMapper json;

    PlainTextJsonReader(JsonMapper json) {
        super(StandardCharsets.UTF_8, MediaType.TEXT_PLAIN);
        this.json = json;
    }

    @Override
    protected boolean supports(Class<?> type) {
        return READ.contains(type);
    }

    @Override
    protected boolean canWrite(MediaType mediaType) {
        return false;
    }

    @Override
    protected Object readInternal(Class<?> type, HttpInputMessage input) throws IOException {
        try {
            return json.readValue(input.getBody(), type);
        } catch (JacksonException e) {
            throw new HttpMessageNotReadableException(
                    "The text/plain body is not the JSON of " + type.getSimpleName(), e, input);
        }
    }

    @Override
    protected void writeInternal(Object body, HttpOutputMessage output) {
        throw new UnsupportedOperationException("webhook requests are read, never written, as text");
    }

    @Override
    public List<MediaType> getSupportedMediaTypes(Class<?> clazz) {
        return supports(clazz) ? List.of(MediaType.TEXT_PLAIN) : List.of();
    }
}
