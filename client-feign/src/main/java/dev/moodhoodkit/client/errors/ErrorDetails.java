package dev.moodhoodkit.client.errors;

import java.io.Serializable;
import java.net.URI;

/**
 * What a failed call answered, flattened from a problem document, an OAuth 2.0 error or the
 * status line.
 *
 * @param status     the HTTP status, {@code 0} when no answer arrived
 * @param type       the problem's type URI, or {@code null}
 * @param title      the problem's title, the HTTP reason, or a description of the I/O failure
 * @param detail     the problem's detail or the OAuth {@code error_description}, or {@code null}
 * @param requestId  the request id from the problem or the {@code X-Request-Id} header, or {@code null}
 * @param oauthError the OAuth 2.0 {@code error} code, or {@code null}
 * @param method     the HTTP method of the failed request, e.g. {@code GET}
 * @param url        the URL of the failed request
 */
public record ErrorDetails(
        int status,
        URI type,
        String title,
        String detail,
        String requestId,
        String oauthError,
        String method,
        String url)
        implements Serializable {

    /** The exception message: {@code "404 Not found: No space 60d5... [GET https://..., request 0f3c...]"}. */
    String describe() {
        StringBuilder message = new StringBuilder();
        if (status > 0) {
            message.append(status).append(' ');
        }
        message.append(title == null ? "Request failed" : title);
        if (detail != null && !detail.isBlank()) {
            message.append(": ").append(detail);
        }
        message.append(" [").append(method).append(' ').append(url);
        if (oauthError != null) {
            message.append(", error ").append(oauthError);
        }
        if (type != null) {
            message.append(", type ").append(type);
        }
        if (requestId != null) {
            message.append(", request ").append(requestId);
        }
        return message.append(']').toString();
    }
}
