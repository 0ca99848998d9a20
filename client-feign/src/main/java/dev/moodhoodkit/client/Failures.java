package dev.moodhoodkit.client;

import dev.moodhoodkit.client.errors.ConnectionException;
import dev.moodhoodkit.client.errors.ErrorDetails;
import dev.moodhoodkit.client.errors.MoodhoodException;
import feign.FeignException;
import feign.Request;
import java.io.IOException;

/** Turns whatever Feign throws into the client's exception hierarchy. */
final class Failures {

    private Failures() {
    }

    static MoodhoodException translate(FeignException e) {
        Throwable cause = e.getCause();
        if (cause instanceof MoodhoodException failure) {
            return failure;
        }
        if (cause instanceof RetryWithFreshToken fresh) {
            return fresh.rejection();
        }
        Request request = e.request();
        String method = request == null ? null : request.httpMethod().name();
        String url = request == null ? null : request.url();
        if (cause instanceof IOException io) {
            String title = (io instanceof java.io.InterruptedIOException ? "Timed out: " : "No answer: ")
                    + io.getClass().getSimpleName();
            return new ConnectionException(new ErrorDetails(0, null, title, io.getMessage(), null, null, method, url), io);
        }
        // Encoding or decoding failed (e.g. a 2xx body that does not match the model).
        int status = Math.max(e.status(), 0);
        String title = e.getClass().getSimpleName();
        String requestId = e.responseHeaders() == null ? null
                : RequestHeaders.first(e.responseHeaders(), RequestHeaders.REQUEST_ID);
        return new MoodhoodException(new ErrorDetails(status, null, title, e.getMessage(), requestId, null, method, url), e);
    }
}
