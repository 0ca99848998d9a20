package dev.moodhoodkit.server.common;

import java.nio.charset.Charset;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;

/**
 * A message converter for answers only: a body of exactly {@code type}, in the given media
 * types, written by the subclass and never read from a request. Spring Boot adds every
 * converter bean before its defaults.
 */
public abstract class WriteOnlyConverter<T> extends AbstractHttpMessageConverter<T> {

    private final Class<T> type;

    protected WriteOnlyConverter(Class<T> type, Charset charset, MediaType... mediaTypes) {
        super(charset, mediaTypes);
        this.type = type;
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return type.equals(clazz);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected T readInternal(Class<? extends T> clazz, HttpInputMessage input) {
        throw new UnsupportedOperationException(type.getSimpleName() + " bodies are written, never read");
    }
}
