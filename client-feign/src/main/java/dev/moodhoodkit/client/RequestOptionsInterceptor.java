package dev.moodhoodkit.client;

import feign.Request.HttpMethod;
import feign.RequestInterceptor;
import feign.RequestTemplate;
import java.util.UUID;

/**
 * Writes a view's {@link RequestOptions} on each request: its extra headers, and the
 * idempotency key it names, or on a POST without one a generated key.
 *
 * <p>Feign keeps one {@link RequestTemplate} for a call and runs the interceptors on it again
 * before every retry; a key is only added when the template has none, so the key generated for
 * the first attempt is the key of every retry of that call, and the next call gets a new one.
 */
final class RequestOptionsInterceptor implements RequestInterceptor {

    private final RequestOptions options;

    RequestOptionsInterceptor(RequestOptions options) {
        this.options = options;
    }

    @Override
    public void apply(RequestTemplate template) {
        options.headers().forEach((name, value) -> {
            template.removeHeader(name);
            template.headerLiteral(name, value);
        });
        boolean hasKey = RequestHeaders.first(template.headers(), RequestHeaders.IDEMPOTENCY_KEY) != null;
        if (hasKey) {
            return;
        }
        if (options.idempotencyKey().isPresent()) {
            template.headerLiteral(
                    RequestHeaders.IDEMPOTENCY_KEY, options.idempotencyKey().get());
        } else if (HttpMethod.POST.name().equals(template.method())) {
            template.headerLiteral(
                    RequestHeaders.IDEMPOTENCY_KEY, UUID.randomUUID().toString());
        }
    }
}
