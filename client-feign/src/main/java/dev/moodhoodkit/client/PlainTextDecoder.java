package dev.moodhoodkit.client;

import dev.moodhoodkit.client.model.ApiResponse;
import feign.Response;
import feign.Types;
import feign.codec.Decoder;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

/**
 * The generated decoder, plus {@code text/plain} answers read as text. The generated decoder
 * reads every body as JSON, so the record download URL (a bare {@code text/plain} URL) would
 * fail to decode into the {@code URI} the generated interface declares.
 */
final class PlainTextDecoder implements Decoder {

    private final Decoder json;

    PlainTextDecoder(Decoder json) {
        this.json = json;
    }

    @Override
    public Object decode(Response response, Type type) throws IOException {
        if (!isPlainText(response)) {
            return json.decode(response, type);
        }
        if (type instanceof ParameterizedType wrapper && Types.getRawType(type) == ApiResponse.class) {
            Type bodyType = wrapper.getActualTypeArguments()[0];
            if (isText(bodyType)) {
                return new ApiResponse<>(response.status(), Collections.unmodifiableMap(response.headers()),
                        text(response, bodyType));
            }
        } else if (isText(type)) {
            return text(response, type);
        }
        return json.decode(response, type);
    }

    private static boolean isPlainText(Response response) {
        String contentType = RequestHeaders.first(response.headers(), RequestHeaders.CONTENT_TYPE);
        return contentType != null && contentType.toLowerCase().startsWith("text/plain");
    }

    private static boolean isText(Type type) {
        return type == String.class || type == URI.class;
    }

    private static Object text(Response response, Type type) throws IOException {
        if (response.body() == null) {
            return null;
        }
        try (InputStream in = response.body().asInputStream()) {
            String text = new String(in.readAllBytes(), response.charset() == null ? StandardCharsets.UTF_8 : response.charset()).trim();
            return type == URI.class ? URI.create(text) : text;
        }
    }
}
