package dev.moodhoodkit.server.auth;

import dev.moodhoodkit.server.api.model.TokenRequest;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads an {@code application/x-www-form-urlencoded} token request (RFC 6749 §4) into the
 * spec's {@link TokenRequest}, through the same Jackson binding as JSON, so both encodings obey
 * one set of rules. A parameter given twice is an error (RFC 6749 §3.2).
 */
@Component
class TokenRequestFormConverter extends AbstractHttpMessageConverter<TokenRequest> {

    private static final int MAX_BYTES = 16 * 1024;

    private final ObjectMapper json;

    TokenRequestFormConverter(ObjectMapper json) {
        super(MediaType.APPLICATION_FORM_URLENCODED);
        this.json = json;
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return TokenRequest.class.equals(clazz);
    }

    @Override
    protected boolean canWrite(MediaType mediaType) {
        return false;
    }

    @Override
    protected TokenRequest readInternal(Class<? extends TokenRequest> clazz, HttpInputMessage input)
            throws IOException {
        byte[] body = input.getBody().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw new HttpMessageNotReadableException("The form is too large", input);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (fields.putIfAbsent(name, value) != null) {
                    throw new HttpMessageNotReadableException("The parameter " + name + " is repeated", input);
                }
            } catch (IllegalArgumentException e) {
                throw new HttpMessageNotReadableException("The form is not valid URL encoding", e, input);
            }
        }
        try {
            return json.convertValue(fields, TokenRequest.class);
        } catch (RuntimeException e) {
            throw new HttpMessageNotReadableException("The form does not bind: " + e.getMessage(), e, input);
        }
    }

    @Override
    protected void writeInternal(TokenRequest request, HttpOutputMessage output) {
        throw new UnsupportedOperationException("token requests are only read");
    }
}
