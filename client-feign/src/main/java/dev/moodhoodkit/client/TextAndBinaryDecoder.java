package dev.moodhoodkit.client;

import com.fasterxml.jackson.core.JacksonException;
import dev.moodhoodkit.client.errors.ErrorDetails;
import dev.moodhoodkit.client.errors.MoodhoodException;
import dev.moodhoodkit.client.model.ApiResponse;
import feign.Request;
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
import java.util.Locale;

/**
 * The generated decoder, plus the two kinds of answer it cannot read, since it reads every body
 * as JSON: {@code text/plain} read as text (the record download URL, a bare URL that the
 * generated interface declares as {@code URI}), and any non-JSON body read as bytes for a method
 * that returns {@code byte[]} (the XLSX call report of {@link CallReportWorkbooks}).
 */
final class TextAndBinaryDecoder implements Decoder {

    private final Decoder json;

    TextAndBinaryDecoder(Decoder json) {
        this.json = json;
    }

    @Override
    public Object decode(Response response, Type type) throws IOException {
        String contentType = contentType(response);
        if (type == byte[].class && !isJson(contentType)) {
            return bytes(response);
        }
        if (!contentType.startsWith("text/plain")) {
            return json(response, type, contentType);
        }
        if (type instanceof ParameterizedType wrapper && Types.getRawType(type) == ApiResponse.class) {
            Type bodyType = wrapper.getActualTypeArguments()[0];
            if (isText(bodyType)) {
                return new ApiResponse<>(
                        response.status(), Collections.unmodifiableMap(response.headers()), text(response, bodyType));
            }
        } else if (isText(type)) {
            return text(response, type);
        }
        return json(response, type, contentType);
    }

    /**
     * The JSON model, or a {@link MoodhoodException} that says the server answered something
     * else (Feign hands an unchecked exception of a decoder to the caller as the cause of its
     * own, which {@link Failures} unwraps). Without this, Jackson's exception, an
     * {@code IOException}, would pass for a connection failure.
     */
    private Object json(Response response, Type type, String contentType) throws IOException {
        try {
            return json.decode(response, type);
        } catch (JacksonException unreadable) {
            Request request = response.request();
            String detail = "The answer" + (contentType.isEmpty() ? "" : " (" + contentType + ")")
                    + " is not what the method returns: " + unreadable.getOriginalMessage();
            throw new MoodhoodException(
                    new ErrorDetails(
                            response.status(),
                            null,
                            Failures.UNREADABLE_ANSWER,
                            detail,
                            RequestHeaders.first(response.headers(), RequestHeaders.REQUEST_ID),
                            null,
                            request == null ? null : request.httpMethod().name(),
                            request == null ? null : request.url()),
                    unreadable);
        }
    }

    private static String contentType(Response response) {
        String contentType = RequestHeaders.first(response.headers(), RequestHeaders.CONTENT_TYPE);
        return contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    }

    /** {@code application/json}, {@code application/problem+json} and the like. */
    private static boolean isJson(String contentType) {
        return contentType.startsWith("application/json") || contentType.contains("+json");
    }

    private static boolean isText(Type type) {
        return type == String.class || type == URI.class;
    }

    private static byte[] bytes(Response response) throws IOException {
        if (response.body() == null) {
            return new byte[0];
        }
        try (InputStream in = response.body().asInputStream()) {
            return in.readAllBytes();
        }
    }

    private static Object text(Response response, Type type) throws IOException {
        if (response.body() == null) {
            return null;
        }
        try (InputStream in = response.body().asInputStream()) {
            String text = new String(
                            in.readAllBytes(), response.charset() == null ? StandardCharsets.UTF_8 : response.charset())
                    .trim();
            return type == URI.class ? URI.create(text) : text;
        }
    }
}
