package dev.moodhoodkit.contract.support;

import feign.Response;
import feign.Util;
import feign.codec.Decoder;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.Collection;

/**
 * Reads a {@code text/plain} answer into a {@link String} or {@link URI} and leaves every other
 * answer to the generated decoder, which parses everything as JSON.
 */
final class PlainTextDecoder implements Decoder {

    private final Decoder json;

    PlainTextDecoder(Decoder json) {
        this.json = json;
    }

    @Override
    public Object decode(Response response, Type type) throws IOException {
        if ((type == URI.class || type == String.class) && isPlainText(response) && response.body() != null) {
            try (Reader reader = response.body().asReader(Util.UTF_8)) {
                String text = Util.toString(reader).trim();
                return type == URI.class ? URI.create(text) : text;
            }
        }
        return json.decode(response, type);
    }

    private static boolean isPlainText(Response response) {
        Collection<String> types = response.headers()
                .getOrDefault("Content-Type", response.headers().getOrDefault("content-type", java.util.List.of()));
        return types.stream().anyMatch(t -> t.toLowerCase().startsWith("text/plain"));
    }
}
