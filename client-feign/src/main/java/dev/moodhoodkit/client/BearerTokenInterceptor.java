package dev.moodhoodkit.client;

import feign.RequestInterceptor;
import feign.RequestTemplate;

/**
 * Puts the token source's current token on each attempt of a call. Feign applies interceptors
 * again before every retry, so a retry after a 401 carries the renewed token.
 */
final class BearerTokenInterceptor implements RequestInterceptor {

    private final TokenSource tokens;

    BearerTokenInterceptor(TokenSource tokens) {
        this.tokens = tokens;
    }

    @Override
    public void apply(RequestTemplate template) {
        String token = tokens.accessToken();
        template.removeHeader(RequestHeaders.AUTHORIZATION);
        // Literal: Feign would otherwise read braces in the value as a template expression.
        template.headerLiteral(RequestHeaders.AUTHORIZATION, RequestHeaders.BEARER_PREFIX + token);
    }
}
