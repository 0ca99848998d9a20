package dev.moodhoodkit.server.records;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link URI} body as {@code text/plain}: the spec answers the download link as plain
 * text, and the generated method returns {@code ResponseEntity<URI>}, which no default
 * converter writes as text. Spring Boot adds every converter bean before its defaults.
 */
@Component
class UriTextConverter extends AbstractHttpMessageConverter<URI> {

    UriTextConverter() {
        super(StandardCharsets.UTF_8, MediaType.TEXT_PLAIN);
    }

    @Override
    protected boolean supports(Class<?> type) {
        return URI.class.equals(type);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected URI readInternal(Class<? extends URI> type, HttpInputMessage input) {
        throw new UnsupportedOperationException("URIs are written, never read, as text");
    }

    @Override
    protected void writeInternal(URI uri, HttpOutputMessage output) throws IOException {
        output.getBody().write(uri.toASCIIString().getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public List<MediaType> getSupportedMediaTypes(Class<?> clazz) {
        return supports(clazz) ? List.of(MediaType.TEXT_PLAIN) : List.of();
    }
}
