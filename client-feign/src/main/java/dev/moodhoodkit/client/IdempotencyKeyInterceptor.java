package dev.moodhoodkit.client;

import feign.RequestInterceptor;
import feign.RequestTemplate;

/** Sends the {@code Idempotency-Key} of the current {@link IdempotencyScope}, if there is one. */
final class IdempotencyKeyInterceptor implements RequestInterceptor {

    @Override
    public void apply(RequestTemplate template) {
        String key = IdempotencyScope.currentKey();
        if (key != null) {
            template.removeHeader(RequestHeaders.IDEMPOTENCY_KEY);
            template.headerLiteral(RequestHeaders.IDEMPOTENCY_KEY, key);
        }
    }
}
