package dev.moodhoodkit.server.auth;

import dev.moodhoodkit.server.api.model.TokenRequest;
import java.lang.reflect.Type;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * HTTP Basic client authentication on the token endpoint (RFC 6749 §2.3.1), the way OAuth 2.0
 * tools send client credentials (Swagger UI's Authorize always does for client credentials):
 * {@code Authorization: Basic base64(urlencode(client_id):urlencode(client_secret))}. The pair
 * fills the request's {@code client_id} and {@code client_secret} before the request is
 * validated, so both ways of authenticating obey one set of rules. A client authenticates once
 * (§2.3): a secret in the body beside the header, or a different {@code client_id}, is an
 * {@code invalid_request}. An {@code Authorization: Bearer} header (MoodHood's guide sends the
 * client token with the password grant) is not client authentication and is left alone.
 */
@RestControllerAdvice(assignableTypes = TokenController.class)
class TokenRequestBasicAuth extends RequestBodyAdviceAdapter {

    private static final String BASIC = "Basic ";

    /** Whether the request authenticates its client with HTTP Basic. */
    static boolean usesBasic(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length());
    }

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return TokenRequest.class.equals(targetType);
    }

    @Override
    public Object afterBodyRead(
            Object body,
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        String authorization = input.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (!usesBasic(authorization)) {
            return body;
        }
        TokenRequest request = (TokenRequest) body;
        String[] credentials = decode(authorization.substring(BASIC.length()).strip());
        if (request.getClientSecret() != null
                || (request.getClientId() != null && !request.getClientId().equals(credentials[0]))) {
            throw OAuthException.invalidRequest(
                    "Authenticate the client once: in the Authorization header or with client_id and client_secret in the body");
        }
        request.setClientId(credentials[0]);
        request.setClientSecret(credentials[1]);
        return request;
    }

    /** The client id and secret of a Basic header's value; anything unreadable fails client authentication. */
    private static String[] decode(String value) {
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw OAuthException.invalidClient();
        }
        int colon = pair.indexOf(':');
        if (colon <= 0) {
            throw OAuthException.invalidClient();
        }
        try {
            return new String[] {
                URLDecoder.decode(pair.substring(0, colon), StandardCharsets.UTF_8),
                URLDecoder.decode(pair.substring(colon + 1), StandardCharsets.UTF_8)
            };
        } catch (IllegalArgumentException e) {
            throw OAuthException.invalidClient();
        }
    }
}
