package dev.moodhoodkit.client;

import feign.Request;
import java.util.Collection;
import java.util.Map;

/** Header names the client reads or writes, and reading one from Feign's maps. */
final class RequestHeaders {

    static final String AUTHORIZATION = "Authorization";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REQUEST_ID = "X-Request-Id";
    static final String RETRY_AFTER = "Retry-After";
    static final String CONTENT_TYPE = "Content-Type";
    static final String BEARER_PREFIX = "Bearer ";

    private RequestHeaders() {}

    /** The first value of {@code name} (case-insensitive), or {@code null}. */
    static String first(Map<String, Collection<String>> headers, String name) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, Collection<String>> header : headers.entrySet()) {
            if (header.getKey() != null
                    && header.getKey().equalsIgnoreCase(name)
                    && header.getValue() != null
                    && !header.getValue().isEmpty()) {
                return header.getValue().iterator().next();
            }
        }
        return null;
    }

    /** The bearer token a request carried, or {@code null}. */
    static String bearerToken(Request request) {
        String authorization = request == null ? null : first(request.headers(), AUTHORIZATION);
        return authorization != null && authorization.startsWith(BEARER_PREFIX)
                ? authorization.substring(BEARER_PREFIX.length())
                : null;
    }
}
