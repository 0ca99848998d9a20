package dev.moodhoodkit.server.records;

import dev.moodhoodkit.server.common.WriteOnlyConverter;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link URI} body as {@code text/plain}: the spec answers the download link as plain
 * text, and the generated method returns {@code ResponseEntity<URI>}, which no default
 * converter writes as text.
 */
@Component
class UriTextConverter extends WriteOnlyConverter<URI> {

    UriTextConverter() {
        super(URI.class, StandardCharsets.UTF_8, MediaType.TEXT_PLAIN);
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
